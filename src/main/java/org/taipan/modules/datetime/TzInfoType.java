package org.taipan.modules.datetime;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The abstract base {@code datetime.tzinfo}, and the calls of a tzinfo's {@code utcoffset},
 * {@code dst} and {@code tzname} with CPython's checks of their results.
 */
final class TzInfoType {
    private TzInfoType() {}

    static final PyType TYPE = PyType.builtin("datetime.tzinfo", PyType.OBJECT);

    /** Whether {@code o} is a tzinfo (a {@code timezone} or an instance of a tzinfo subclass). */
    static boolean isTzInfo(PyObject o) {
        return o instanceof PyTimezone || o.type().isSubtypeOf(TYPE);
    }

    /** A tzinfo argument: None or a tzinfo, else CPython's TypeError. */
    static PyObject checkTzInfo(PyObject o) {
        if (o != PyNone.NONE && !isTzInfo(o)) {
            throw Errors.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                    o.type().name());
        }
        return o;
    }

    /**
     * {@code tzinfo.utcoffset(arg)} checked as {@code call_utcoffset}: null for a naive tzinfo
     * (None) or a None result.
     *
     * @throws org.taipan.runtime.PyException TypeError for a result that is not a timedelta,
     *     ValueError for one not strictly within a day
     */
    static PyTimedelta utcoffset(PyObject tzinfo, PyObject arg) {
        if (tzinfo instanceof PyTimezone tz) {
            return tz.offset;
        }
        return callOffset(tzinfo, "utcoffset", arg);
    }

    /** {@code tzinfo.dst(arg)} checked as {@code call_dst}: null when naive or None. */
    static PyTimedelta dst(PyObject tzinfo, PyObject arg) {
        if (tzinfo instanceof PyTimezone) {
            return null;
        }
        return callOffset(tzinfo, "dst", arg);
    }

    private static PyTimedelta callOffset(PyObject tzinfo, String method, PyObject arg) {
        if (tzinfo == PyNone.NONE) {
            return null;
        }
        PyObject r = Callables.callAttr(tzinfo, method, arg);
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof PyTimedelta d)) {
            throw Errors.typeError("tzinfo.%s() must return None or timedelta, not '%s'", method, r.type().name());
        }
        if (d.days < -1 || d.days >= 1 || (d.days == -1 && d.seconds == 0 && d.microseconds == 0)) {
            throw Errors.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                    + "timedelta(hours=24).");
        }
        return d;
    }

    /** {@code tzinfo.tzname(arg)}: a str or None (as null), else CPython's TypeError. */
    static PyObject tzname(PyObject tzinfo, PyObject arg) {
        if (tzinfo == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyObject r = Callables.callAttr(tzinfo, "tzname", arg);
        if (r != PyNone.NONE && !(r instanceof PyStr)) {
            throw Errors.typeError("tzinfo.tzname() must return None or a string, not '%s'", r.type().name());
        }
        return r;
    }

    /**
     * {@code tzinfo.fromutc(dt)}, the default: converts a datetime whose fields are UTC to this
     * zone's local time from its {@code utcoffset} and {@code dst}.
     */
    private static PyObject fromutc(PyObject self, PyObject arg) {
        if (!(arg instanceof PyDateTime dt)) {
            throw Errors.typeError("fromutc: argument must be a datetime");
        }
        if (dt.tzinfo != self) {
            throw Errors.valueError("fromutc: dt.tzinfo is not self");
        }
        PyTimedelta off = utcoffset(self, dt);
        if (off == null) {
            throw Errors.valueError("fromutc: non-None utcoffset() result required");
        }
        PyTimedelta dst = dst(self, dt);
        if (dst == null) {
            throw Errors.valueError("fromutc: non-None dst() result required");
        }
        PyObject result = Abstract.add(dt, TimedeltaType.add(off, TimedeltaType.negate(dst)));
        dst = dst(self, result);
        if (dst == null) {
            throw Errors.valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        }
        return dst.isZero() ? result : Abstract.add(result, dst);
    }

    /** {@code tzinfo.__reduce__}: the type, {@code __getinitargs__()} (or no arguments) and {@code __getstate__()}. */
    private static PyObject reduce(PyObject self) {
        PyObject args = PyTuple.EMPTY;
        PyObject getInitArgs = Abstract.lookupAttr(self, PyStr.of("__getinitargs__"));
        if (getInitArgs != null) {
            args = PyTuple.of(Abstract.toArray(Callables.call(getInitArgs)));
        }
        PyObject state = Callables.callAttr(self, "__getstate__");
        return PyTuple.of(self.type(), args, state);
    }

    private static PyObject notImplemented(String method) {
        throw Errors.of(ExceptionTypes.NotImplementedError, "a tzinfo subclass must implement " + method + "()");
    }

    static {
        TYPE.tp_new = (t, a, k) -> new PyTzInfo(t);
        TYPE.addMethodOneArg("utcoffset", (self, dt) -> notImplemented("utcoffset"));
        TYPE.addMethodOneArg("dst", (self, dt) -> notImplemented("dst"));
        TYPE.addMethodOneArg("tzname", (self, dt) -> notImplemented("tzname"));
        TYPE.addMethodOneArg("fromutc", TzInfoType::fromutc);
        TYPE.addMethodNoArgs("__reduce__", TzInfoType::reduce);
        TYPE.addAttr("__doc__", PyStr.of("Abstract base class for time zone info objects."));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
