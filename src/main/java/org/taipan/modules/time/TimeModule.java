package org.taipan.modules.time;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNamespace;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.modules.posix.Errno;

/**
 * The builtin module {@code time} (CPython's {@code Modules/timemodule.c}) on Linux: the clocks
 * ({@code time}, {@code monotonic}, {@code perf_counter}, {@code process_time},
 * {@code thread_time}, their {@code _ns} forms, {@code clock_gettime}), {@code sleep},
 * conversions through {@link StructTime} and glibc-compatible {@link Strftime}; {@code strptime}
 * is the standard library's {@code _strptime}. The local time zone is {@code TZ} from the
 * interpreter's environment, read at import and by {@code tzset()}, and converted by the C
 * library as in CPython ({@link LocalZone}).
 */
public final class TimeModule {
    private TimeModule() {}

    /** Linux's clock ids. */
    static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    /** Per-module state: the local zone and the names {@code tzset} derived from it. */
    private static final class State {
        LocalZone zone;
        String[] tzname;
    }

    /**
     * The {@code time} module {@code interp} made last and its state: the datetime types read
     * local time through it without a call through the module's attributes, as CPython's
     * {@code _datetime} calls {@code localtime_r} directly.
     */
    private record Made(PyModule module, State state) {}

    private static final class Latest {
        volatile Made made;
    }

    /** A new {@code time} module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time", true);
        State st = new State();
        tzset(m, st, interp);
        interp.moduleState(Latest.class, Latest::new).made = new Made(m, st);
        m.set("struct_time", StructTime.TYPE);
        m.set("_STRUCT_TM_ITEMS", PyInt.of(11));
        for (Object[] c : new Object[][] {{"CLOCK_BOOTTIME", CLOCK_BOOTTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
                {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_TAI", CLOCK_TAI},
                {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}}) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.def("time", (a, k) -> {
            Args.noArgs("time", a, k);
            return seconds(Clocks.realtimeNanos());
        });
        m.def("time_ns", (a, k) -> {
            Args.noArgs("time_ns", a, k);
            return PyInt.of(Clocks.realtimeNanos());
        });
        for (String name : new String[] {"monotonic", "perf_counter"}) {
            m.def(name, (a, k) -> {
                Args.noArgs(name, a, k);
                return seconds(System.nanoTime());
            });
            m.def(name + "_ns", (a, k) -> {
                Args.noArgs(name + "_ns", a, k);
                return PyInt.of(System.nanoTime());
            });
        }
        m.def("process_time", (a, k) -> {
            Args.noArgs("process_time", a, k);
            return seconds(Clocks.processCpuNanos());
        });
        m.def("process_time_ns", (a, k) -> {
            Args.noArgs("process_time_ns", a, k);
            return PyInt.of(Clocks.processCpuNanos());
        });
        m.def("thread_time", (a, k) -> {
            Args.noArgs("thread_time", a, k);
            return seconds(Clocks.threadCpuNanos());
        });
        m.def("thread_time_ns", (a, k) -> {
            Args.noArgs("thread_time_ns", a, k);
            return PyInt.of(Clocks.threadCpuNanos());
        });
        m.def("clock_gettime", (a, k) -> seconds(clock(Abstract.index(Args.oneArg("clock_gettime", a, k), null))));
        m.def("clock_gettime_ns", (a, k) -> PyInt.of(clock(Abstract.index(Args.oneArg("clock_gettime_ns", a, k), null))));
        m.def("clock_getres", (a, k) -> {
            clock(Abstract.index(Args.oneArg("clock_getres", a, k), null));
            return new PyFloat(1e-9);
        });
        m.def("clock_settime", (a, k) -> {
            Args.check("clock_settime", a, k, 2, 2);
            throw Errno.error(Errno.EPERM, null);
        });
        m.def("clock_settime_ns", (a, k) -> {
            Args.check("clock_settime_ns", a, k, 2, 2);
            throw Errno.error(Errno.EPERM, null);
        });
        m.def("sleep", (a, k) -> {
            Clocks.sleep(Clocks.sleepNanos(Args.oneArg("sleep", a, k)));
            return PyNone.NONE;
        });
        m.def("gmtime", (a, k) -> {
            Args.check("gmtime", a, k, 0, 1);
            return StructTime.toPython(StructTime.breakDown(timeT(a), java.time.ZoneOffset.UTC, true));
        });
        m.def("localtime", (a, k) -> {
            Args.check("localtime", a, k, 0, 1);
            return StructTime.toPython(st.zone.localtime(timeT(a)));
        });
        m.def("mktime", (a, k) -> {
            StructTime.Tm tm = StructTime.fromPython(Args.oneArg("mktime", a, k), "mktime");
            return new PyFloat(st.zone.mktime(tm));
        });
        m.def("asctime", (a, k) -> {
            Args.check("asctime", a, k, 0, 1);
            StructTime.Tm tm = a.length == 0 ? st.zone.localtime(
                    Clocks.realtimeNanos() / 1_000_000_000L) : StructTime.fromPython(a[0], "asctime");
            StructTime.check(tm);
            return PyStr.of(StructTime.asctime(tm));
        });
        m.def("ctime", (a, k) -> {
            Args.check("ctime", a, k, 0, 1);
            return PyStr.of(StructTime.asctime(st.zone.localtime(timeT(a))));
        });
        m.def("strftime", (a, k) -> {
            Args.check("strftime", a, k, 1, 2);
            if (!(a[0] instanceof PyStr f)) {
                throw Errors.typeError("strftime() argument 1 must be str, not %s", a[0].type().name());
            }
            StructTime.Tm tm = a.length == 1 ? st.zone.localtime(
                    Clocks.realtimeNanos() / 1_000_000_000L) : StructTime.fromPython(a[1], "strftime");
            StructTime.check(tm);
            String fmt = f.toString();
            if (fmt.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null character");
            }
            return PyStr.of(Strftime.format(fmt, tm, st.zone, st.tzname));
        });
        m.def("strptime", (a, k) -> {
            Args.check("strptime", a, k, 1, 2);
            PyObject mod = interp.importModule("_strptime", new PyDict(), PyNone.NONE, 0);
            return Callables.call(Abstract.getAttr(mod, "_strptime_time"), a);
        });
        m.def("tzset", (a, k) -> {
            Args.noArgs("tzset", a, k);
            tzset(m, st, interp);
            return PyNone.NONE;
        });
        m.def("get_clock_info", (a, k) -> clockInfo(Args.oneArg("get_clock_info", a, k)));
        m.def("pthread_getcpuclockid", (a, k) -> {
            Args.oneArg("pthread_getcpuclockid", a, k);
            return PyInt.of(CLOCK_THREAD_CPUTIME_ID);
        });
        return m;
    }

    private static PyFloat seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }

    private static long clock(PyInt id) {
        long c = id.fitsLong() ? id.longValue() : -1;
        if (c == CLOCK_REALTIME || c == CLOCK_TAI) {
            return Clocks.realtimeNanos();
        }
        if (c == CLOCK_MONOTONIC || c == CLOCK_MONOTONIC_RAW || c == CLOCK_BOOTTIME) {
            return System.nanoTime();
        }
        if (c == CLOCK_PROCESS_CPUTIME_ID) {
            return Clocks.processCpuNanos();
        }
        if (c == CLOCK_THREAD_CPUTIME_ID) {
            return Clocks.threadCpuNanos();
        }
        throw Errno.error(Errno.EINVAL, null);
    }

    /** {@code CLOCK_REALTIME} in nanoseconds since the epoch: what {@code time.time_ns()} returns. */
    public static long realtimeNanos() {
        return Clocks.realtimeNanos();
    }

    /**
     * The local time of {@code seconds} since the epoch as {@code module.localtime(seconds)}
     * gives it, when {@code module} is the {@code time} module {@code interp} made last.
     *
     * @return {@code {year, month (1-12), day, hour, minute, second (0-61)}}, or null when
     *     {@code module} is another object (the caller then calls its {@code localtime})
     * @throws org.taipan.runtime.PyException OSError EOVERFLOW or OverflowError "timestamp out
     *     of range for platform time_t", as {@code time.localtime}
     */
    public static long[] localFields(Interpreter interp, PyObject module, long seconds) {
        Latest l = interp.existingModuleState(Latest.class);
        Made made = l == null ? null : l.made;
        if (made == null || made.module != module) {
            return null;
        }
        StructTime.Tm tm = made.state.zone.localtime(seconds);
        return new long[] {tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec};
    }

    /** The optional seconds argument of {@code gmtime}/{@code localtime}/{@code ctime}, floored; now if absent or None. */
    private static long timeT(PyObject[] a) {
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return Math.floorDiv(Clocks.realtimeNanos(), 1_000_000_000L);
        }
        PyObject o = a[0];
        if (o instanceof PyFloat f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double fl = Math.floor(d);
            if (!(fl >= -9.223372036854776E18 && fl < 9.223372036854776E18)) {
                throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
            }
            return (long) fl;
        }
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    private static PyObject clockInfo(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("get_clock_info() argument 1 must be str, not %s", name.type().name());
        }
        String impl;
        boolean monotonic = true, adjustable = false;
        switch (s.toString()) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
            }
            case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
            case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
            case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
            default -> throw Errors.valueError("unknown clock");
        }
        return PyNamespace.of(new String[] {"implementation", "monotonic", "adjustable", "resolution"},
                new PyObject[] {PyStr.of(impl), PyBool.of(monotonic), PyBool.of(adjustable), new PyFloat(1e-9)});
    }

    /** {@code (365 * 24 + 6) * 3600}: the year of CPython's {@code init_timezone} probes. */
    private static final long YEAR = (365 * 24 + 6) * 3600L;

    /**
     * CPython's {@code time_tzset} and {@code init_timezone} (its glibc branch): the zone of the
     * environment's {@code TZ} now, then {@code timezone}, {@code altzone}, {@code daylight} and
     * {@code tzname} from the local time of two probes, near the start and the middle of the
     * current year (reversed in the southern hemisphere, where DST is in January); names are cut
     * to nine characters, as CPython's buffers do.
     */
    private static void tzset(PyModule m, State st, Interpreter interp) {
        st.zone = LocalZone.of(interp);
        long t = Math.floorDiv(Clocks.realtimeNanos() / 1_000_000_000L, YEAR) * YEAR;
        StructTime.Tm jan = st.zone.localtime(t);
        StructTime.Tm jul = st.zone.localtime(t + YEAR / 2);
        long janoff = -jan.gmtoff;
        long juloff = -jul.gmtoff;
        String janName = probeName(jan);
        String julName = probeName(jul);
        if (janoff < juloff) {
            m.set("timezone", PyInt.of(juloff));
            m.set("altzone", PyInt.of(janoff));
            st.tzname = new String[] {julName, janName};
        } else {
            m.set("timezone", PyInt.of(janoff));
            m.set("altzone", PyInt.of(juloff));
            st.tzname = new String[] {janName, julName};
        }
        m.set("daylight", PyInt.of(janoff != juloff ? 1 : 0));
        m.set("tzname", PyTuple.of(PyStr.of(st.tzname[0]), PyStr.of(st.tzname[1])));
    }

    /** CPython's {@code get_zone} into a ten-byte buffer: three spaces for no name, at most nine characters. */
    private static String probeName(StructTime.Tm tm) {
        String z = tm.zone == null ? "   " : tm.zone;
        return z.length() > 9 ? z.substring(0, 9) : z;
    }
}
