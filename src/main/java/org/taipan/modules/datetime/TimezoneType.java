package org.taipan.modules.datetime;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.CompareOp;

/**
 * The type {@code datetime.timezone} (a final subclass of {@code tzinfo}): a fixed offset with
 * an optional name; {@code timezone.utc} is the one instance with a zero offset and no name.
 */
final class TimezoneType {
    private TimezoneType() {}

    static final PyType TYPE = PyType.builtinFinal("datetime.timezone", TzInfoType.TYPE);

    /** {@code timezone.utc} (and {@code datetime.UTC}). */
    static final PyTimezone UTC = new PyTimezone(new PyTimedelta(TimedeltaType.TYPE, 0, 0, 0), null);

    /**
     * A timezone of the given offset and name (null: none); the UTC singleton for a zero offset
     * without a name, as {@code new_timezone} gives.
     *
     * @throws org.taipan.runtime.PyException ValueError for an offset not strictly within a day
     */
    static PyTimezone of(PyTimedelta offset, PyStr name) {
        if (name == null && offset.isZero()) {
            return UTC;
        }
        if (offset.days < -1 || offset.days >= 1 || (offset.days == -1 && offset.seconds == 0
                && offset.microseconds == 0)) {
            throw Errors.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                    + "timedelta(hours=24), not %s.", Abstract.repr(offset));
        }
        return new PyTimezone(offset, name);
    }

    private static PyObject newTimezone(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("timezone", a, k, 0, "offset", "name");
        PyObject offset = MethodArgs.required("timezone", p, 0, "offset");
        if (!(offset instanceof PyTimedelta d)) {
            throw Errors.typeError("timezone() argument 1 must be datetime.timedelta, not %s",
                    Errors.argTypeName(offset));
        }
        PyStr name = null;
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr s)) {
                throw Errors.typeError("timezone() argument 2 must be str, not %s", Errors.argTypeName(p[1]));
            }
            name = s;
        }
        return of(d, name);
    }

    /** The default name, {@code UTC±HH:MM[:SS[.ffffff]]} ({@code UTC} for a zero offset). */
    static String defaultName(PyTimedelta offset) {
        if (offset.isZero()) {
            return "UTC";
        }
        return "UTC" + Formats.offset(offset, ":");
    }

    private static PyTimezone tz(PyObject o) {
        return (PyTimezone) o;
    }

    private static void checkDateTimeOrNone(String method, PyObject dt) {
        if (dt != PyNone.NONE && !(dt instanceof PyDateTime)) {
            throw Errors.typeError("%s(dt) argument must be a datetime instance or None, not %s", method,
                    dt.type().name());
        }
    }

    private static PyObject tzname(PyTimezone tz) {
        return tz.name != null ? tz.name : PyStr.of(tz == UTC ? "UTC" : defaultName(tz.offset));
    }

    private static String repr(PyTimezone tz) {
        if (tz == UTC) {
            return "datetime.timezone.utc";
        }
        String r = TYPE.name() + "(" + TimedeltaType.repr(tz.offset);
        return (tz.name == null ? r : r + ", " + Abstract.repr(tz.name)) + ")";
    }

    static {
        TYPE.tp_new = TimezoneType::newTimezone;
        TYPE.tp_repr = o -> PyStr.of(repr(tz(o)));
        TYPE.tp_str = o -> tzname(tz(o));
        TYPE.tp_hash = o -> TimedeltaType.hash(tz(o).offset);
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyTimezone other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.test(tz(a).offset.compareTo(other.offset)));
        };
        TYPE.addMethodOneArg("utcoffset", (self, dt) -> {
            checkDateTimeOrNone("utcoffset", dt);
            return tz(self).offset;
        });
        TYPE.addMethodOneArg("dst", (self, dt) -> {
            checkDateTimeOrNone("dst", dt);
            return PyNone.NONE;
        });
        TYPE.addMethodOneArg("tzname", (self, dt) -> {
            checkDateTimeOrNone("tzname", dt);
            return tzname(tz(self));
        });
        TYPE.addMethodOneArg("fromutc", (self, dt) -> {
            if (!(dt instanceof PyDateTime d)) {
                throw Errors.typeError("fromutc: argument must be a datetime");
            }
            if (d.tzinfo != self) {
                throw Errors.valueError("fromutc: dt.tzinfo is not self");
            }
            return DateTimeType.addDelta(d, tz(self).offset, 1);
        });
        TYPE.addMethodNoArgs("__getinitargs__", self -> {
            PyTimezone tz = tz(self);
            return tz.name == null ? PyTuple.of(tz.offset) : PyTuple.of(tz.offset, tz.name);
        });
        TYPE.addAttr("utc", UTC);
        TYPE.addAttr("min", new PyTimezone(PyTimedelta.of(0, -(23 * 3600 + 59 * 60), 0), null));
        TYPE.addAttr("max", new PyTimezone(PyTimedelta.of(0, 23 * 3600 + 59 * 60, 0), null));
        TYPE.addAttr("__doc__", PyStr.of("Fixed offset from UTC implementation of tzinfo."));
        TYPE.ready();
    }
}
