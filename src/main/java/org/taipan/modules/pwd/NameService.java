package org.taipan.modules.pwd;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import org.taipan.modules.posix.Libc;

/**
 * The C library's user and group database calls ({@code getpwnam_r}, {@code getpwuid_r},
 * {@code getgrnam_r}, {@code getgrgid_r} and the {@code getpwent}/{@code getgrent} walks), which
 * consult the name service switch as CPython's {@code pwd} and {@code grp} do. Entries come back
 * as raw byte strings; the modules decode them. Linux x86-64/aarch64 layouts of
 * {@code struct passwd} and {@code struct group}.
 */
final class NameService {
    private NameService() {}

    /** A {@code struct passwd}: name, password, uid, gid, gecos, home directory, shell. */
    record Passwd(byte[] name, byte[] passwd, int uid, int gid, byte[] gecos, byte[] dir, byte[] shell) {}

    /** A {@code struct group}: name, password, gid, member names. */
    record Group(byte[] name, byte[] passwd, int gid, List<byte[]> members) {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    private static final long PASSWD_SIZE = 48, GROUP_SIZE = 32;
    private static final int ERANGE = 34;

    private static final class Handles {
        static final MethodHandle GETPWNAM_R = Libc.link("getpwnam_r", FunctionDescriptor.of(I, P, P, P, L, P));
        static final MethodHandle GETPWUID_R = Libc.link("getpwuid_r", FunctionDescriptor.of(I, I, P, P, L, P));
        static final MethodHandle GETGRNAM_R = Libc.link("getgrnam_r", FunctionDescriptor.of(I, P, P, P, L, P));
        static final MethodHandle GETGRGID_R = Libc.link("getgrgid_r", FunctionDescriptor.of(I, I, P, P, L, P));
        static final MethodHandle SETPWENT = Libc.linkPlain("setpwent", FunctionDescriptor.ofVoid());
        static final MethodHandle GETPWENT = Libc.linkPlain("getpwent", FunctionDescriptor.of(P));
        static final MethodHandle ENDPWENT = Libc.linkPlain("endpwent", FunctionDescriptor.ofVoid());
        static final MethodHandle SETGRENT = Libc.linkPlain("setgrent", FunctionDescriptor.ofVoid());
        static final MethodHandle GETGRENT = Libc.linkPlain("getgrent", FunctionDescriptor.of(P));
        static final MethodHandle ENDGRENT = Libc.linkPlain("endgrent", FunctionDescriptor.ofVoid());
    }

    /** The lock of the non-reentrant {@code getpwent}/{@code getgrent} walks (process-wide state). */
    private static final Object WALK = new Object();

    /** Whether the calls can be made (native access on Linux). */
    static boolean available() {
        return Libc.available();
    }

    /** {@code getpwnam_r(name)}: the entry or null when there is none. */
    static Passwd passwdByName(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment n = Libc.cString(a, name);
            return lookup(a, Handles.GETPWNAM_R, n, PASSWD_SIZE, NameService::passwd);
        }
    }

    /** {@code getpwuid_r(uid)}: the entry or null when there is none. */
    static Passwd passwdById(int uid) {
        try (Arena a = Arena.ofConfined()) {
            return lookup(a, Handles.GETPWUID_R, uid, PASSWD_SIZE, NameService::passwd);
        }
    }

    /** {@code getgrnam_r(name)}: the entry or null when there is none. */
    static Group groupByName(byte[] name) {
        try (Arena a = Arena.ofConfined()) {
            return lookup(a, Handles.GETGRNAM_R, Libc.cString(a, name), GROUP_SIZE, NameService::group);
        }
    }

    /** {@code getgrgid_r(gid)}: the entry or null when there is none. */
    static Group groupById(int gid) {
        try (Arena a = Arena.ofConfined()) {
            return lookup(a, Handles.GETGRGID_R, gid, GROUP_SIZE, NameService::group);
        }
    }

    /** Every entry of the user database, in its order ({@code setpwent}/{@code getpwent}). */
    static List<Passwd> allPasswd() {
        return walk(Handles.SETPWENT, Handles.GETPWENT, Handles.ENDPWENT, p -> passwd(p.reinterpret(PASSWD_SIZE)));
    }

    /** Every entry of the group database, in its order ({@code setgrent}/{@code getgrent}). */
    static List<Group> allGroups() {
        return walk(Handles.SETGRENT, Handles.GETGRENT, Handles.ENDGRENT, p -> group(p.reinterpret(GROUP_SIZE)));
    }

    /**
     * One walk of a database through its C library iterator ({@code set*ent}, {@code get*ent}
     * until NULL, {@code end*ent}): the iterator is process-wide state, so walks take turns.
     */
    private static <T> List<T> walk(MethodHandle set, MethodHandle get, MethodHandle end,
            java.util.function.Function<MemorySegment, T> entry) {
        List<T> r = new ArrayList<>();
        synchronized (WALK) {
            invoke(set);
            try {
                MemorySegment p;
                while (!(p = (MemorySegment) invoke(get)).equals(MemorySegment.NULL)) {
                    r.add(entry.apply(p));
                }
            } finally {
                invoke(end);
            }
        }
        return r;
    }

    /**
     * One {@code get*_r} lookup: its entry struct of {@code entrySize} bytes read by
     * {@code entry}, the string buffer grown while the C library answers ERANGE; null when
     * there is no such entry (or the lookup failed).
     */
    private static <T> T lookup(Arena a, MethodHandle h, Object key, long entrySize,
            java.util.function.Function<MemorySegment, T> entry) {
        MemorySegment struct = a.allocate(entrySize, 8);
        MemorySegment result = a.allocate(P);
        for (long size = 1024; ; size *= 4) {
            MemorySegment buf = a.allocate(size);
            int err = (int) Libc.call(h, key, struct, buf, size, result);
            if (err == ERANGE && size < (1 << 24)) {
                continue;
            }
            if (err != 0 || result.get(P, 0).equals(MemorySegment.NULL)) {
                return null;
            }
            return entry.apply(struct);
        }
    }

    private static Passwd passwd(MemorySegment s) {
        return new Passwd(string(s.get(P, 0)), string(s.get(P, 8)), s.get(I, 16), s.get(I, 20), string(s.get(P, 24)),
                string(s.get(P, 32)), string(s.get(P, 40)));
    }

    private static Group group(MemorySegment s) {
        List<byte[]> members = new ArrayList<>();
        MemorySegment mem = s.get(P, 24);
        if (!mem.equals(MemorySegment.NULL)) {
            MemorySegment arr = mem.reinterpret(Long.MAX_VALUE);
            for (long i = 0; ; i++) {
                MemorySegment m = arr.getAtIndex(P, i);
                if (m.equals(MemorySegment.NULL)) {
                    break;
                }
                members.add(string(m));
            }
        }
        return new Group(string(s.get(P, 0)), string(s.get(P, 8)), s.get(I, 16), members);
    }

    /** A NUL-terminated C string's bytes (empty for NULL). */
    private static byte[] string(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) {
            return new byte[0];
        }
        MemorySegment s = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return s.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** Calls a handle of {@link Handles#plain} without arguments: its result (null for void). */
    private static Object invoke(MethodHandle h) {
        try {
            return h.invokeWithArguments();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
