package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code os.sysconf(name)}, {@code os.confstr(name)} and their {@code sysconf_names} and
 * {@code confstr_names} tables (glibc's {@code _SC_*} and {@code _CS_*} numbers, the names
 * CPython's {@code posixmodule.c} lists on Linux): the C library's functions. A limit the system
 * does not have is -1 ({@code sysconf}) or None ({@code confstr}), told apart from a failure by
 * clearing errno first. Registered only when the C library can be called.
 */
final class SysConf {
    private SysConf() {}

    /** The {@code sysconf_names} entries: name without its leading underscore, and glibc's number. */
    private static final Object[][] SYSCONF_NAMES = {
        {"SC_ARG_MAX", 0}, {"SC_CHILD_MAX", 1}, {"SC_CLK_TCK", 2}, {"SC_NGROUPS_MAX", 3}, {"SC_OPEN_MAX", 4},
        {"SC_STREAM_MAX", 5}, {"SC_TZNAME_MAX", 6}, {"SC_JOB_CONTROL", 7}, {"SC_SAVED_IDS", 8},
        {"SC_REALTIME_SIGNALS", 9}, {"SC_PRIORITY_SCHEDULING", 10}, {"SC_TIMERS", 11}, {"SC_ASYNCHRONOUS_IO", 12},
        {"SC_PRIORITIZED_IO", 13}, {"SC_SYNCHRONIZED_IO", 14}, {"SC_FSYNC", 15}, {"SC_MAPPED_FILES", 16},
        {"SC_MEMLOCK", 17}, {"SC_MEMLOCK_RANGE", 18}, {"SC_MEMORY_PROTECTION", 19}, {"SC_MESSAGE_PASSING", 20},
        {"SC_SEMAPHORES", 21}, {"SC_SHARED_MEMORY_OBJECTS", 22}, {"SC_AIO_LISTIO_MAX", 23}, {"SC_AIO_MAX", 24},
        {"SC_AIO_PRIO_DELTA_MAX", 25}, {"SC_DELAYTIMER_MAX", 26}, {"SC_MQ_OPEN_MAX", 27}, {"SC_MQ_PRIO_MAX", 28},
        {"SC_VERSION", 29}, {"SC_PAGESIZE", 30}, {"SC_PAGE_SIZE", 30}, {"SC_RTSIG_MAX", 31},
        {"SC_SEM_NSEMS_MAX", 32}, {"SC_SEM_VALUE_MAX", 33}, {"SC_SIGQUEUE_MAX", 34}, {"SC_TIMER_MAX", 35},
        {"SC_BC_BASE_MAX", 36}, {"SC_BC_DIM_MAX", 37}, {"SC_BC_SCALE_MAX", 38}, {"SC_BC_STRING_MAX", 39},
        {"SC_COLL_WEIGHTS_MAX", 40}, {"SC_EQUIV_CLASS_MAX", 41}, {"SC_EXPR_NEST_MAX", 42}, {"SC_LINE_MAX", 43},
        {"SC_RE_DUP_MAX", 44}, {"SC_CHARCLASS_NAME_MAX", 45}, {"SC_2_VERSION", 46}, {"SC_2_C_BIND", 47},
        {"SC_2_C_DEV", 48}, {"SC_2_FORT_DEV", 49}, {"SC_2_FORT_RUN", 50}, {"SC_2_SW_DEV", 51},
        {"SC_2_LOCALEDEF", 52}, {"SC_PII", 53}, {"SC_PII_XTI", 54}, {"SC_PII_SOCKET", 55}, {"SC_PII_INTERNET", 56},
        {"SC_PII_OSI", 57}, {"SC_POLL", 58}, {"SC_SELECT", 59}, {"SC_IOV_MAX", 60}, {"SC_UIO_MAXIOV", 60},
        {"SC_PII_INTERNET_STREAM", 61}, {"SC_PII_INTERNET_DGRAM", 62}, {"SC_PII_OSI_COTS", 63},
        {"SC_PII_OSI_CLTS", 64}, {"SC_PII_OSI_M", 65}, {"SC_T_IOV_MAX", 66}, {"SC_THREADS", 67},
        {"SC_THREAD_SAFE_FUNCTIONS", 68}, {"SC_GETGR_R_SIZE_MAX", 69}, {"SC_GETPW_R_SIZE_MAX", 70},
        {"SC_LOGIN_NAME_MAX", 71}, {"SC_TTY_NAME_MAX", 72}, {"SC_THREAD_DESTRUCTOR_ITERATIONS", 73},
        {"SC_THREAD_KEYS_MAX", 74}, {"SC_THREAD_STACK_MIN", 75}, {"SC_THREAD_THREADS_MAX", 76},
        {"SC_THREAD_ATTR_STACKADDR", 77}, {"SC_THREAD_ATTR_STACKSIZE", 78}, {"SC_THREAD_PRIORITY_SCHEDULING", 79},
        {"SC_THREAD_PRIO_INHERIT", 80}, {"SC_THREAD_PRIO_PROTECT", 81}, {"SC_THREAD_PROCESS_SHARED", 82},
        {"SC_NPROCESSORS_CONF", 83}, {"SC_NPROCESSORS_ONLN", 84}, {"SC_PHYS_PAGES", 85}, {"SC_AVPHYS_PAGES", 86},
        {"SC_ATEXIT_MAX", 87}, {"SC_PASS_MAX", 88}, {"SC_XOPEN_VERSION", 89}, {"SC_XOPEN_XCU_VERSION", 90},
        {"SC_XOPEN_UNIX", 91}, {"SC_XOPEN_CRYPT", 92}, {"SC_XOPEN_ENH_I18N", 93}, {"SC_XOPEN_SHM", 94},
        {"SC_2_CHAR_TERM", 95}, {"SC_2_C_VERSION", 96}, {"SC_2_UPE", 97}, {"SC_XOPEN_XPG2", 98},
        {"SC_XOPEN_XPG3", 99}, {"SC_XOPEN_XPG4", 100}, {"SC_CHAR_BIT", 101}, {"SC_CHAR_MAX", 102},
        {"SC_CHAR_MIN", 103}, {"SC_INT_MAX", 104}, {"SC_INT_MIN", 105}, {"SC_LONG_BIT", 106}, {"SC_WORD_BIT", 107},
        {"SC_MB_LEN_MAX", 108}, {"SC_NZERO", 109}, {"SC_SSIZE_MAX", 110}, {"SC_SCHAR_MAX", 111},
        {"SC_SCHAR_MIN", 112}, {"SC_SHRT_MAX", 113}, {"SC_SHRT_MIN", 114}, {"SC_UCHAR_MAX", 115},
        {"SC_UINT_MAX", 116}, {"SC_ULONG_MAX", 117}, {"SC_USHRT_MAX", 118}, {"SC_NL_ARGMAX", 119},
        {"SC_NL_LANGMAX", 120}, {"SC_NL_MSGMAX", 121}, {"SC_NL_NMAX", 122}, {"SC_NL_SETMAX", 123},
        {"SC_NL_TEXTMAX", 124}, {"SC_XBS5_ILP32_OFF32", 125}, {"SC_XBS5_ILP32_OFFBIG", 126},
        {"SC_XBS5_LP64_OFF64", 127}, {"SC_XBS5_LPBIG_OFFBIG", 128}, {"SC_XOPEN_LEGACY", 129},
        {"SC_XOPEN_REALTIME", 130}, {"SC_XOPEN_REALTIME_THREADS", 131}, {"SC_MINSIGSTKSZ", 249}
    };

    /** The {@code confstr_names} entries. */
    private static final Object[][] CONFSTR_NAMES = {
        {"CS_PATH", 0}, {"CS_GNU_LIBC_VERSION", 2}, {"CS_GNU_LIBPTHREAD_VERSION", 3}, {"CS_LFS_CFLAGS", 1000},
        {"CS_LFS_LDFLAGS", 1001}, {"CS_LFS_LIBS", 1002}, {"CS_LFS_LINTFLAGS", 1003}, {"CS_LFS64_CFLAGS", 1004},
        {"CS_LFS64_LDFLAGS", 1005}, {"CS_LFS64_LIBS", 1006}, {"CS_LFS64_LINTFLAGS", 1007},
        {"CS_XBS5_ILP32_OFF32_CFLAGS", 1100}, {"CS_XBS5_ILP32_OFF32_LDFLAGS", 1101},
        {"CS_XBS5_ILP32_OFF32_LIBS", 1102}, {"CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103},
        {"CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104}, {"CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105},
        {"CS_XBS5_ILP32_OFFBIG_LIBS", 1106}, {"CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107},
        {"CS_XBS5_LP64_OFF64_CFLAGS", 1108}, {"CS_XBS5_LP64_OFF64_LDFLAGS", 1109}, {"CS_XBS5_LP64_OFF64_LIBS", 1110},
        {"CS_XBS5_LP64_OFF64_LINTFLAGS", 1111}, {"CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112},
        {"CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113}, {"CS_XBS5_LPBIG_OFFBIG_LIBS", 1114},
        {"CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115}
    };

    private static final NativeFn SYSCONF = new NativeFn("sysconf", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT));
    private static final NativeFn CONFSTR = new NativeFn("confstr", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        PyDict sysconfNames = names(SYSCONF_NAMES);
        PyDict confstrNames = names(CONFSTR_NAMES);
        m.set("sysconf_names", sysconfNames);
        m.set("confstr_names", confstrNames);
        PosixModule.def(m, "sysconf", (a, k) -> {
            int name = PathConf.name(PosixModule.onlyArg("sysconf", a, k), sysconfNames);
            PathConf.ErrnoLocation.clear();
            long r = SYSCONF.call(name);
            if (r == -1 && Libc.errno() != 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyInt.of(r);
        });
        PosixModule.def(m, "confstr", (a, k) -> {
            int name = PathConf.name(PosixModule.onlyArg("confstr", a, k), confstrNames);
            return confstr(name);
        });
    }

    /**
     * {@code os.cpu_count()} as CPython's: the processors online in the system
     * ({@code sysconf(_SC_NPROCESSORS_ONLN)}), not the JVM's {@code availableProcessors()}, which
     * follows the process's CPU affinity and container limits; the latter where the C library
     * cannot be called.
     */
    static int cpuCount() {
        if (Libc.available()) {
            long n = SYSCONF.call(84);
            if (n > 0) {
                return (int) n;
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static PyDict names(Object[][] table) {
        PyDict d = new PyDict();
        for (Object[] e : table) {
            d.setItem(PyStr.of((String) e[0]), PyInt.of((Integer) e[1]));
        }
        return d;
    }

    /**
     * {@code confstr(name)}: the value decoded as a file name (UTF-8, surrogateescape), None for a
     * name with no value; the buffer grows to the length the first call asks for.
     */
    private static PyObject confstr(int name) {
        try (Arena arena = Arena.ofConfined()) {
            long size = 256;
            while (true) {
                MemorySegment buf = arena.allocate(size);
                PathConf.ErrnoLocation.clear();
                long len = CONFSTR.call(name, buf, size);
                if (len == 0) {
                    // 0 is both "no value" (errno untouched) and a failure (EINVAL)
                    int errno = Libc.errno();
                    if (errno != 0) {
                        throw Errno.error(errno, null);
                    }
                    return PyNone.NONE;
                }
                if (len <= size) {
                    byte[] b = buf.asSlice(0, len - 1).toArray(ValueLayout.JAVA_BYTE);
                    return org.taipan.runtime.Codecs.decode(b, "utf-8", "surrogateescape");
                }
                size = len;
            }
        }
    }
}
