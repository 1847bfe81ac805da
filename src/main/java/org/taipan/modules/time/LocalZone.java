package org.taipan.modules.time;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.time.ZoneId;
import java.util.Objects;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;
import org.taipan.modules.posix.Libc;

/**
 * The local time zone of a {@code time} module: how {@code localtime} breaks a timestamp down and
 * {@code mktime} puts one together. {@link Native} is what CPython does on Linux: the C library's
 * {@code localtime_r} and {@code mktime} with the {@code TZ} the module's last {@code tzset} saw,
 * so that IANA names, POSIX rule strings ({@code EST+05EDT,M3.2.0,M11.1.0}, {@code <+0330>-3:30})
 * and the abbreviations ({@code EST}, {@code CEST}) are glibc's. {@link Java} is the fallback
 * where the C library cannot be called (no native access) or may not be (a sandboxed interpreter
 * without FILE_SYSTEM and PROCESS: {@code TZ} can name any file, and setting it changes the
 * process's environment): {@code java.time} with the zone {@code TZ} names when the JDK knows it.
 */
abstract sealed class LocalZone {
    /** The broken-down local time of {@code seconds} since the epoch (C's {@code localtime_r}). */
    abstract StructTime.Tm localtime(long seconds);

    /**
     * C's {@code mktime} as CPython's {@code time_mktime} calls it: the seconds since the epoch of
     * the local fields of {@code tm} (normalised).
     *
     * @throws org.taipan.runtime.PyException OverflowError "mktime argument out of range"
     */
    abstract long mktime(StructTime.Tm tm);

    /** The zone for {@code interp} now: its environment's {@code TZ} (null when unset). */
    static LocalZone of(Interpreter interp) {
        String tz = org.taipan.modules.posix.PosixState.of(interp).getenv("TZ");
        if (Libc.available() && interp.permits(Permission.FILE_SYSTEM) && interp.permits(Permission.PROCESS)) {
            if (CLib.PRESENT) {
                return new Native(tz);
            }
        }
        return new Java(javaZone(tz));
    }

    private static ZoneId javaZone(String tz) {
        if (tz != null && !tz.isEmpty()) {
            String id = tz.startsWith(":") ? tz.substring(1) : tz;
            try {
                return ZoneId.of(id.equals("UTC0") || id.equals("GMT0") ? "UTC" : id);
            } catch (java.time.DateTimeException e) {
                // a POSIX TZ rule string the JDK does not parse: keep the JVM's zone
            }
        }
        return ZoneId.systemDefault();
    }

    /** The {@code java.time} zone. */
    static final class Java extends LocalZone {
        final ZoneId zone;

        Java(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        StructTime.Tm localtime(long seconds) {
            return StructTime.breakDown(seconds, zone, false);
        }

        @Override
        long mktime(StructTime.Tm tm) {
            return StructTime.mktime(tm, zone);
        }
    }

    /** The C library's local time under {@code TZ} = {@link #tz} (unset when null). */
    static final class Native extends LocalZone {
        final String tz;

        Native(String tz) {
            this.tz = tz;
        }

        @Override
        StructTime.Tm localtime(long seconds) {
            return CLib.localtime(tz, seconds);
        }

        @Override
        long mktime(StructTime.Tm tm) {
            return CLib.mktime(tz, tm);
        }
    }

    /**
     * {@code localtime_r}, {@code mktime}, {@code tzset} and the environment calls. The C
     * library's zone is one per process and {@code tzset} is not thread-safe, while each
     * interpreter has its own environment: every conversion holds {@link #LOCK}, first making the
     * process's {@code TZ} the interpreter's (a {@code setenv} and {@code tzset} only when it
     * differs from the one last applied).
     */
    private static final class CLib {
        private static final Object LOCK = new Object();
        static final boolean PRESENT = present();
        /** glibc x86-64 {@code struct tm}: nine ints, padding, {@code long tm_gmtoff}, {@code char *tm_zone}. */
        private static final long TM_SIZE = 56, GMTOFF = 40, ZONE = 48;
        /** The {@code TZ} of the process's environment as last set here (the JVM's at start). */
        private static String applied = System.getenv("TZ");
        private static boolean tzsetDone;
        /**
         * The {@code tm_zone} pointer last read and its text (held under {@link #LOCK}): the
         * names glibc points to stay unchanged until the next {@code tzset}, which clears it.
         */
        private static long zoneAddress;
        private static String zoneName;

        /**
         * Each function linked on its first use (a downcall handle costs milliseconds of CPU in a
         * cold JVM, and {@code import time} needs only {@code localtime_r} and {@code tzset}).
         */
        private static final class LocaltimeR {
            static final MethodHandle H = link("localtime_r",
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        }

        /**
         * The {@code time_t} and {@code struct tm} of {@code localtime_r}, used only while holding
         * {@link #LOCK}: made once, as an arena per call costs two mallocs and frees.
         */
        private static final class Buffers {
            static final MemorySegment TIME = Arena.global().allocate(ValueLayout.JAVA_LONG);
            static final MemorySegment TM = Arena.global().allocate(TM_SIZE, 8);
        }

        private static final class Tzset {
            static final MethodHandle H = link("tzset", FunctionDescriptor.ofVoid());
        }

        private static final class Mktime {
            static final MethodHandle H = link("mktime", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        }

        private static final class Setenv {
            static final MethodHandle H = link("setenv",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        }

        private static final class Unsetenv {
            static final MethodHandle H = link("unsetenv", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        }

        /** Whether the functions are all in the C library (looked up, none linked). */
        private static boolean present() {
            SymbolLookup lookup = Linker.nativeLinker().defaultLookup();
            for (String name : new String[] {"localtime_r", "mktime", "tzset", "setenv", "unsetenv"}) {
                if (lookup.find(name).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private static MethodHandle link(String name, FunctionDescriptor d) {
            Linker linker = Linker.nativeLinker();
            MemorySegment addr = linker.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
            return linker.downcallHandle(addr, d);
        }

        /** Makes {@code tz} the process's {@code TZ} and calls {@code tzset} if needed; holds LOCK. */
        private static void select(String tz, Arena a) throws Throwable {
            if (!Objects.equals(tz, applied)) {
                MemorySegment name = a.allocateFrom("TZ");
                if (tz == null) {
                    int r = (int) Unsetenv.H.invokeExact(name);
                } else {
                    int r = (int) Setenv.H.invokeExact(name, a.allocateFrom(tz), 1);
                }
                applied = tz;
                tzsetDone = false;
            }
            if (!tzsetDone) {
                Tzset.H.invokeExact();
                tzsetDone = true;
                zoneAddress = 0;
            }
        }

        static StructTime.Tm localtime(String tz, long seconds) {
            synchronized (LOCK) {
                try {
                    if (!Objects.equals(tz, applied) || !tzsetDone) {
                        try (Arena a = Arena.ofConfined()) {
                            select(tz, a);
                        }
                    }
                    MemorySegment t = Buffers.TIME;
                    t.set(ValueLayout.JAVA_LONG, 0, seconds);
                    MemorySegment buf = Buffers.TM;
                    MemorySegment r = (MemorySegment) LocaltimeR.H.invokeExact(t, buf);
                    if (r.address() == 0) {
                        // glibc fails only with EOVERFLOW (the year does not fit an int): CPython's OSError
                        throw org.taipan.modules.posix.Errno.error(75, null);
                    }
                    return read(buf);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        static long mktime(String tz, StructTime.Tm tm) {
            if (tm.year - 1900 > Integer.MAX_VALUE || tm.year - 1900 < Integer.MIN_VALUE) {
                throw Errors.of(ExceptionTypes.OverflowError, "mktime argument out of range");
            }
            synchronized (LOCK) {
                try (Arena a = Arena.ofConfined()) {
                    select(tz, a);
                    MemorySegment buf = a.allocate(TM_SIZE, 8);
                    int[] v = {tm.sec, tm.min, tm.hour, tm.mday, tm.mon, (int) (tm.year - 1900),
                        -1 /* tm_wday: CPython's sentinel */, tm.yday, tm.isdst};
                    for (int k = 0; k < 9; k++) {
                        buf.set(ValueLayout.JAVA_INT, 4L * k, v[k]);
                    }
                    long r = (long) Mktime.H.invokeExact(buf);
                    if (r == -1 && buf.get(ValueLayout.JAVA_INT, 24) == -1) {
                        throw Errors.of(ExceptionTypes.OverflowError, "mktime argument out of range");
                    }
                    return r;
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private static StructTime.Tm read(MemorySegment buf) {
            StructTime.Tm tm = new StructTime.Tm();
            tm.sec = buf.get(ValueLayout.JAVA_INT, 0);
            tm.min = buf.get(ValueLayout.JAVA_INT, 4);
            tm.hour = buf.get(ValueLayout.JAVA_INT, 8);
            tm.mday = buf.get(ValueLayout.JAVA_INT, 12);
            tm.mon = buf.get(ValueLayout.JAVA_INT, 16);
            tm.year = buf.get(ValueLayout.JAVA_INT, 20) + 1900L;
            tm.wday = buf.get(ValueLayout.JAVA_INT, 24);
            tm.yday = buf.get(ValueLayout.JAVA_INT, 28);
            tm.isdst = buf.get(ValueLayout.JAVA_INT, 32);
            tm.gmtoff = buf.get(ValueLayout.JAVA_LONG, GMTOFF);
            MemorySegment zone = buf.get(ValueLayout.ADDRESS, ZONE);
            if (zone.address() == 0) {
                tm.zone = null;
            } else {
                if (zone.address() != zoneAddress) {
                    zoneName = zone.reinterpret(64).getString(0);
                    zoneAddress = zone.address();
                }
                tm.zone = zoneName;
            }
            return tm;
        }
    }
}
