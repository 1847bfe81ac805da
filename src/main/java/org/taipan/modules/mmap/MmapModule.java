package org.taipan.modules.mmap;

import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;

/**
 * The builtin module {@code mmap} (CPython's {@code Modules/mmapmodule.c}) for Linux:
 * {@link PyMmap}, {@code error} (OSError) and the constants CPython 3.11's Linux build defines.
 */
public final class MmapModule {
    private MmapModule() {}

    static final int MAP_SHARED = 1, MAP_PRIVATE = 2, PROT_READ = 1, PROT_WRITE = 2;
    /** The page size and mapping granularity of Linux on x86-64 and aarch64 (4 KiB pages). */
    static final int PAGESIZE = 4096;

    private static final Object[][] CONSTANTS = {
        {"ACCESS_DEFAULT", PyMmap.ACCESS_DEFAULT}, {"ACCESS_READ", PyMmap.ACCESS_READ},
        {"ACCESS_WRITE", PyMmap.ACCESS_WRITE}, {"ACCESS_COPY", PyMmap.ACCESS_COPY},
        {"PAGESIZE", PAGESIZE}, {"ALLOCATIONGRANULARITY", PAGESIZE},
        {"PROT_READ", PROT_READ}, {"PROT_WRITE", PROT_WRITE}, {"PROT_EXEC", 4},
        {"MAP_SHARED", MAP_SHARED}, {"MAP_PRIVATE", MAP_PRIVATE}, {"MAP_ANON", 32}, {"MAP_ANONYMOUS", 32},
        {"MAP_DENYWRITE", 2048}, {"MAP_EXECUTABLE", 4096}, {"MAP_POPULATE", 32768}, {"MAP_STACK", 131072},
    };

    /** The madvise() advice values of Linux, by name. */
    private static final Object[][] ADVICE = {
        {"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_SEQUENTIAL", 2}, {"MADV_WILLNEED", 3},
        {"MADV_DONTNEED", 4}, {"MADV_FREE", 8}, {"MADV_REMOVE", 9}, {"MADV_DONTFORK", 10},
        {"MADV_DOFORK", 11}, {"MADV_MERGEABLE", 12}, {"MADV_UNMERGEABLE", 13}, {"MADV_HUGEPAGE", 14},
        {"MADV_NOHUGEPAGE", 15}, {"MADV_DONTDUMP", 16}, {"MADV_DODUMP", 17}, {"MADV_HWPOISON", 100},
    };

    /** A new {@code mmap} module. */
    public static PyModule create() {
        PyModule m = new PyModule("mmap", true);
        m.set("error", ExceptionTypes.OSError);
        m.set("mmap", PyMmap.TYPE);
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        for (Object[] c : ADVICE) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        return m;
    }

    /** Whether {@code option} is advice Linux accepts for a map's memory. */
    static boolean isAdvice(int option) {
        for (Object[] c : ADVICE) {
            if ((Integer) c[1] == option) {
                return true;
            }
        }
        return false;
    }
}
