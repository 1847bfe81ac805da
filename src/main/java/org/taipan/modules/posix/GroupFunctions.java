package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.sandbox.Sandbox;

/**
 * The supplementary group functions of {@code posix}: {@code getgroups()}, {@code getgrouplist(user, group)} (a list
 * of gids), {@code initgroups(username, gid)} and {@code setgroups(groups)}, each the C library's
 * function (the last two change the process and need {@link Permission#PROCESS}). User names are
 * converted as CPython's {@code PyUnicode_FSConverter}; ids as {@link IdArgs}. Registered only
 * when the C library can be called.
 */
final class GroupFunctions {
    private GroupFunctions() {}

    /** CPython's MAX_GROUPS on Linux: NGROUPS_MAX. */
    private static final int MAX_GROUPS = 65536;

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout P = ValueLayout.ADDRESS;
    private static final NativeFn GETGROUPLIST = new NativeFn("getgrouplist", FunctionDescriptor.of(I, P, I, P, P));
    private static final NativeFn INITGROUPS = new NativeFn("initgroups", FunctionDescriptor.of(I, P, I));
    private static final NativeFn GETGROUPS = new NativeFn("getgroups", FunctionDescriptor.of(I, I, P));
    private static final NativeFn SETGROUPS = new NativeFn("setgroups", FunctionDescriptor.of(I, ValueLayout.JAVA_LONG, P));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        // replaces ProcessFunctions' getgroups, which has no C library to ask and says []
        PosixModule.def(m, "getgroups", (a, k) -> {
            PosixModule.noArgs("getgroups", a, k);
            return getgroups();
        });
        PosixModule.def(m, "getgrouplist", (a, k) -> {
            Sandbox.require(Permission.FILE_SYSTEM, "the user and group databases");
            org.taipan.runtime.Args.noKeywords("posix.getgrouplist", k);
            org.taipan.runtime.Args.check("getgrouplist", a, null, 2, 2);
            // a str only ("s" format), unlike initgroups' file-system name
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("getgrouplist() argument 1 must be str, not %s", a[0].type().name());
            }
            if (s.toString().indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null character");
            }
            byte[] user = fsBytes(s);
            int group = IdArgs.id(a[1], "gid");
            return getgrouplist(user, group);
        });
        PosixModule.def(m, "initgroups", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.initgroups()");
            org.taipan.runtime.Args.noKeywords("posix.initgroups", k);
            org.taipan.runtime.Args.check("initgroups", a, null, 2, 2);
            byte[] user = fsBytes(a[0]);
            int gid = IdArgs.id(a[1], "gid");
            try (Arena arena = Arena.ofConfined()) {
                INITGROUPS.check(null, Libc.cString(arena, user), gid);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "setgroups", (a, k) -> {
            Sandbox.require(Permission.PROCESS, "os.setgroups()");
            PyObject groups = PosixModule.onlyArg("setgroups", a, k);
            if (groups instanceof org.taipan.runtime.PyDict || groups.type().lookup("__getitem__") == null) {
                throw Errors.typeError("setgroups argument must be a sequence");
            }
            long n = Abstract.length(groups);
            if (n > MAX_GROUPS) {
                throw Errors.valueError("too many groups");
            }
            int[] ids = new int[(int) n];
            for (int i = 0; i < n; i++) {
                PyObject item = Abstract.getItem(groups, PyInt.of(i));
                if (!(item instanceof PyInt)) {
                    throw Errors.typeError("groups must be integers");
                }
                ids[i] = IdArgs.id(item, "gid");
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment list = arena.allocate(ValueLayout.JAVA_INT, Math.max(1, ids.length));
                MemorySegment.copy(ids, 0, list, ValueLayout.JAVA_INT, 0, ids.length);
                SETGROUPS.check(null, (long) ids.length, list);
            }
            return PyNone.NONE;
        });
    }

    /** {@code getgroups()}: the supplementary groups, asking their number first. */
    private static PyList getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            while (true) {
                int n = (int) GETGROUPS.check(null, 0, MemorySegment.NULL);
                MemorySegment list = arena.allocate(ValueLayout.JAVA_INT, Math.max(1, n));
                long got = GETGROUPS.call(n, list);
                if (got == -1 && Libc.errno() == Errno.EINVAL) {
                    // the groups changed between the two calls
                    continue;
                }
                if (got == -1) {
                    throw Errno.error(Libc.errno(), null);
                }
                PyList r = new PyList();
                for (int i = 0; i < got; i++) {
                    r.append(IdArgs.value(list.getAtIndex(ValueLayout.JAVA_INT, i)));
                }
                return r;
            }
        }
    }

    /** {@code getgrouplist}, growing the list until every group fits. */
    private static PyList getgrouplist(byte[] user, int group) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = Libc.cString(arena, user);
            MemorySegment count = arena.allocate(ValueLayout.JAVA_INT);
            int size = 64;
            while (true) {
                MemorySegment list = arena.allocate(ValueLayout.JAVA_INT, size);
                count.set(ValueLayout.JAVA_INT, 0, size);
                if (GETGROUPLIST.call(name, group, list, count) != -1) {
                    int n = count.get(ValueLayout.JAVA_INT, 0);
                    PyList r = new PyList();
                    for (int i = 0; i < n; i++) {
                        r.append(IdArgs.value(list.getAtIndex(ValueLayout.JAVA_INT, i)));
                    }
                    return r;
                }
                // -1: too small; glibc says how many it needs, else double
                int needed = count.get(ValueLayout.JAVA_INT, 0);
                if (size >= MAX_GROUPS * 2) {
                    throw Errno.error(Errno.EINVAL, null);
                }
                size = needed > size ? needed : size * 2;
            }
        }
    }

    /**
     * A user name as {@code PyUnicode_FSConverter} takes it: str (UTF-8, surrogateescape), bytes or
     * an os.PathLike; an embedded NUL is ValueError "embedded null byte".
     */
    static byte[] fsBytes(PyObject o) {
        PyObject p = o instanceof PyStr || o instanceof PyBytes ? o : PosixPaths.fspath(o);
        byte[] b = p instanceof PyBytes bs ? bs.bytes()
                : org.taipan.runtime.Codecs.encode((PyStr) p, "utf-8", "surrogateescape").bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError("embedded null byte");
            }
        }
        return b;
    }
}
