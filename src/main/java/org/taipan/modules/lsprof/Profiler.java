package org.taipan.modules.lsprof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taipan.interp.Frame;
import org.taipan.interp.TraceHooks;
import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;
import org.taipan.runtime.ThreadState;

/**
 * {@code _lsprof.Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)}: a
 * deterministic profiler that, between {@code enable()} and {@code disable()}, is the thread's
 * profile function and counts, per function (a code object, or a builtin's description), the
 * calls, the recursive calls, the time inside it and the time inside it but not in its callees,
 * and the same per caller (CPython's {@code Modules/_lsprof.c}: its Start/Stop arithmetic).
 * Without a timer the clock is {@link System#nanoTime}; a timer's float result is in seconds,
 * an int result in {@code timeunit} seconds.
 */
final class Profiler extends TypedObject {
    static final PyType TYPE = PyType.builtin("_lsprof.Profiler", PyType.OBJECT).markFromSpec().markOwnLayout();
    static final PyType ENTRY = StructSeq.newType("_lsprof", "profiler_entry", "code", "callcount", "reccallcount",
            "totaltime", "inlinetime", "calls");
    static final PyType SUBENTRY = StructSeq.newType("_lsprof", "profiler_subentry", "code", "callcount",
            "reccallcount", "totaltime", "inlinetime");
    private static final String[] NAMES = {"timer", "timeunit", "subcalls", "builtins"};

    static {
        TYPE.tp_new = (t, a, k) -> {
            PyObject[] b = MethodArgs.bind("Profiler", a, k, 0, NAMES);
            Profiler p = new Profiler(t);
            p.timer = b[0] == null || b[0] == PyNone.NONE ? null : b[0];
            p.timeunit = b[1] == null ? 0.0 : Abstract.toDouble(b[1]);
            p.subcalls = b[2] == null || Abstract.isTrue(b[2]);
            p.builtins = b[3] == null || Abstract.isTrue(b[3]);
            return p;
        };
        TYPE.addMethod("enable", (self, a, k) -> {
            PyObject[] b = MethodArgs.bind("enable", a, k, 0, "subcalls", "builtins");
            Profiler p = (Profiler) self;
            if (b[0] != null) {
                p.subcalls = Abstract.isTrue(b[0]);
            }
            if (b[1] != null) {
                p.builtins = Abstract.isTrue(b[1]);
            }
            TraceHooks.setProfile(ThreadState.current(), p.hook);
            return PyNone.NONE;
        });
        TYPE.addMethod("disable", (self, a, k) -> {
            MethodArgs.bind("disable", a, k, 0);
            Profiler p = (Profiler) self;
            ThreadState ts = ThreadState.current();
            if (ts.profileFunc == p.hook) {
                TraceHooks.setProfile(ts, null);
            }
            p.flush();
            return PyNone.NONE;
        });
        TYPE.addMethod("clear", (self, a, k) -> {
            MethodArgs.bind("clear", a, k, 0);
            Profiler p = (Profiler) self;
            p.entries.clear();
            p.current = null;
            return PyNone.NONE;
        });
        TYPE.addMethod("getstats", (self, a, k) -> {
            MethodArgs.bind("getstats", a, k, 0);
            return ((Profiler) self).stats();
        });
        TYPE.ready();
    }

    private PyObject timer;
    private double timeunit;
    private boolean subcalls = true;
    private boolean builtins = true;
    /** Per function: a code object (by identity), or a builtin's description (a String, by value). */
    private final Map<Object, Entry> entries = new LinkedHashMap<>();
    /** The innermost call being timed, or null. */
    private Context current;
    /** The profile function {@code enable} installs: this profiler's event handler. */
    private final PyObject hook = new PyBuiltinFunction("profiler_dispatch", (a, k) -> {
        event((Frame) a[0], a[1].toString(), a[2]);
        return PyNone.NONE;
    });

    private Profiler(PyType type) {
        super(type);
    }

    /** One function's counts. Times are in the clock's units. */
    private static final class Entry {
        final PyObject code;
        long callcount;
        long reccallcount;
        long tt;
        long it;
        int recursionLevel;
        /** Per callee: the counts of calls made from this function. */
        final Map<Entry, Entry> calls = new LinkedHashMap<>();

        Entry(PyObject code) {
            this.code = code;
        }
    }

    /** One call being timed (CPython's ProfilerContext). */
    private static final class Context {
        long t0;
        long subt;
        Entry entry;
        Context previous;
    }

    private void event(Frame f, String what, PyObject arg) {
        switch (what) {
            case "call" -> enter(f.code, f.code);
            case "return" -> leave(f.code);
            case "c_call" -> {
                if (builtins && arg instanceof PyBuiltinFunction) {
                    String label = label(arg);
                    enter(label, PyStr.of(label));
                }
            }
            case "c_return", "c_exception" -> {
                if (builtins && arg instanceof PyBuiltinFunction) {
                    leave(label(arg));
                }
            }
            default -> { }
        }
    }

    private void enter(Object key, PyObject code) {
        Entry e = entries.get(key);
        if (e == null) {
            e = new Entry(code);
            entries.put(key, e);
        }
        Context c = new Context();
        c.entry = e;
        c.previous = current;
        current = c;
        e.recursionLevel++;
        if (subcalls && c.previous != null) {
            Entry caller = c.previous.entry;
            Entry sub = caller.calls.computeIfAbsent(e, x -> new Entry(x.code));
            sub.recursionLevel++;
        }
        c.t0 = now();
    }

    private void leave(Object key) {
        Context c = current;
        if (c == null) {
            return;
        }
        Entry e = entries.get(key);
        if (e == null) {
            current = c.previous;
            return;
        }
        stop(c, e);
        current = c.previous;
    }

    /** CPython's Stop: charges the call's times to its entry and to its caller's sub-entry. */
    private void stop(Context c, Entry e) {
        long tt = now() - c.t0;
        long it = tt - c.subt;
        if (c.previous != null) {
            c.previous.subt += tt;
        }
        charge(c.entry, tt, it);
        if (subcalls && c.previous != null) {
            Entry sub = c.previous.entry.calls.get(c.entry);
            if (sub != null) {
                charge(sub, tt, it);
            }
        }
    }

    private static void charge(Entry e, long tt, long it) {
        if (--e.recursionLevel == 0) {
            e.tt += tt;
        } else {
            e.reccallcount++;
        }
        e.it += it;
        e.callcount++;
    }

    /** {@code disable()}: the calls still open are closed now, as CPython's flush_unmatched. */
    private void flush() {
        while (current != null) {
            Context c = current;
            stop(c, c.entry);
            current = c.previous;
        }
    }

    private long now() {
        if (timer == null) {
            return System.nanoTime();
        }
        PyObject t = Callables.call(timer);
        if (timeunit > 0.0) {
            // counts of timeunit seconds, scaled by getstats
            return t instanceof PyInt ? Abstract.index(t, null).longValue() : (long) Abstract.toDouble(t);
        }
        return (long) Math.floor(Abstract.toDouble(t) * 1e9);
    }

    private double seconds(long t) {
        return timer != null && timeunit > 0.0 ? t * timeunit : t * 1e-9;
    }

    /** {@code getstats()}: a list of profiler_entry, each with its list of profiler_subentry (or None). */
    private PyObject stats() {
        PyList out = new PyList();
        for (Entry e : entries.values()) {
            PyObject calls = PyNone.NONE;
            if (subcalls) {
                PyList l = new PyList();
                for (Entry s : e.calls.values()) {
                    l.append(StructSeq.make(SUBENTRY, s.code, PyInt.of(s.callcount), PyInt.of(s.reccallcount),
                            PyFloat.of(seconds(s.tt)), PyFloat.of(seconds(s.it))));
                }
                calls = l;
            }
            out.append(StructSeq.make(ENTRY, e.code, PyInt.of(e.callcount), PyInt.of(e.reccallcount),
                    PyFloat.of(seconds(e.tt)), PyFloat.of(seconds(e.it)), calls));
        }
        return out;
    }

    /**
     * How cProfile names a builtin (CPython's normalizeUserObj): a method's descriptor as its
     * type shows it ({@code <method 'append' of 'list' objects>}), else
     * {@code <built-in method module.name>}.
     */
    private static String label(PyObject fn) {
        String name = Abstract.getAttr(fn, "__name__").toString();
        PyObject self = Abstract.lookupAttr(fn, PyStr.of("__self__"));
        if (self != null && self != PyNone.NONE && !(self instanceof PyModule)) {
            PyObject m = self.type().lookup(name);
            if (m != null) {
                return Abstract.reprObject(m).toString();
            }
        }
        PyObject mod = Abstract.lookupAttr(fn, PyStr.of("__module__"));
        if (mod instanceof PyStr s) {
            return "<built-in method " + s + "." + name + ">";
        }
        return "<built-in method " + name + ">";
    }
}
