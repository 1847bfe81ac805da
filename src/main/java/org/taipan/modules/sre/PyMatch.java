package org.taipan.modules.sre;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code re.Match} (CPython's {@code MatchObject}): the spans of a successful match, group 0 being
 * the whole match and {@code -1} marking a group that did not take part. Group values are sliced
 * from the subject when asked for; a bytearray subject is read again each time, as CPython reads
 * the buffer again.
 */
final class PyMatch extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("re.Match", PyType.OBJECT).markFromSpec();

    static {
        TYPE.tp_new = null;
        TYPE.tp_repr = o -> PyStr.of(((PyMatch) o).repr());
        TYPE.mp_subscript = (o, key) -> ((PyMatch) o).slice(key, PyNone.NONE);
        TYPE.addAttr("__doc__", PyStr.of("The result of re.match() and re.search().\n"
                + "Match objects always have a boolean value of True."));
        TYPE.addMethod("group", (self, a, k) -> {
            Args.noKeywords("Match.group", k);
            PyMatch m = (PyMatch) self;
            return switch (a.length) {
                case 0 -> m.sliceByIndex(0, PyNone.NONE);
                case 1 -> m.slice(a[0], PyNone.NONE);
                default -> {
                    PyObject[] r = new PyObject[a.length];
                    for (int i = 0; i < a.length; i++) {
                        r[i] = m.slice(a[i], PyNone.NONE);
                    }
                    yield new PyTuple(r);
                }
            };
        });
        // Array-free bodies for the counts scanners call in loops (m.group(), m.group(1), m.end()).
        TYPE.ownMethod("group").withNoArgs(self -> ((PyMatch) self).sliceByIndex(0, PyNone.NONE))
                .withOneArg((self, g) -> ((PyMatch) self).slice(g, PyNone.NONE));
        TYPE.addMethod("start", (self, a, k) -> {
            PyMatch m = (PyMatch) self;
            return PyInt.of(m.marks[m.index(optionalGroup("start", a, k)) * 2]);
        });
        TYPE.addMethod("end", (self, a, k) -> {
            PyMatch m = (PyMatch) self;
            return PyInt.of(m.marks[m.index(optionalGroup("end", a, k)) * 2 + 1]);
        });
        TYPE.ownMethod("start").withNoArgs(self -> PyInt.of(((PyMatch) self).marks[0]))
                .withOneArg((self, g) -> PyInt.of(((PyMatch) self).marks[((PyMatch) self).index(g) * 2]));
        TYPE.ownMethod("end").withNoArgs(self -> PyInt.of(((PyMatch) self).marks[1]))
                .withOneArg((self, g) -> PyInt.of(((PyMatch) self).marks[((PyMatch) self).index(g) * 2 + 1]));
        TYPE.addMethod("span", (self, a, k) -> {
            PyMatch m = (PyMatch) self;
            int i = m.index(optionalGroup("span", a, k));
            return pair(m.marks[2 * i], m.marks[2 * i + 1]);
        });
        TYPE.addMethod("groups", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("groups", a, k, 0, "default");
            PyObject dflt = v[0] == null ? PyNone.NONE : v[0];
            PyMatch m = (PyMatch) self;
            PyObject[] r = new PyObject[m.groupCount() - 1];
            for (int i = 1; i < m.groupCount(); i++) {
                r[i - 1] = m.sliceByIndex(i, dflt);
            }
            return new PyTuple(r);
        });
        TYPE.addMethod("groupdict", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("groupdict", a, k, 0, "default");
            PyObject dflt = v[0] == null ? PyNone.NONE : v[0];
            PyMatch m = (PyMatch) self;
            PyDict d = new PyDict();
            PyDict gi = m.pattern.groupindex;
            if (gi != null) {
                for (int i = 0; i < gi.size(); i++) {
                    PyObject key = gi.keyAt(i);
                    d.setItem(key, m.slice(key, dflt));
                }
            }
            return d;
        });
        TYPE.addMethod("expand", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("expand", a, k, 0, "template");
            MethodArgs.required("expand", v, 0, "template");
            PyMatch m = (PyMatch) self;
            return Callables.call(Substitution.reFunction("_expand"), m.pattern, m, v[0]);
        });
        TYPE.addMethod("__copy__", (self, a, k) -> {
            Args.noArgs("Match.__copy__", a, k);
            return self;
        });
        TYPE.addMethod("__deepcopy__", (self, a, k) -> {
            Args.noKeywords("Match.__deepcopy__", k);
            if (a.length != 1) {
                throw Errors.typeError("Match.__deepcopy__() takes exactly one argument (%d given)", a.length);
            }
            return self;
        });
        PyGenericAlias.install(TYPE);
        TYPE.addAttr("string", readonly("string", o -> ((PyMatch) o).string));
        TYPE.addAttr("re", readonly("re", o -> ((PyMatch) o).pattern));
        TYPE.addAttr("pos", readonly("pos", o -> PyInt.of(((PyMatch) o).pos)));
        TYPE.addAttr("endpos", readonly("endpos", o -> PyInt.of(((PyMatch) o).endpos)));
        TYPE.addAttr("lastindex", new PyGetSetDescr(TYPE, "lastindex", o -> {
            PyMatch m = (PyMatch) o;
            return m.lastindex >= 0 ? PyInt.of(m.lastindex) : PyNone.NONE;
        }, null));
        TYPE.addAttr("lastgroup", new PyGetSetDescr(TYPE, "lastgroup", o -> {
            PyMatch m = (PyMatch) o;
            PyTuple ig = m.pattern.indexgroup;
            if (ig != null && m.lastindex >= 0 && m.lastindex < ig.size()) {
                return ig.get(m.lastindex);
            }
            return PyNone.NONE;
        }, null));
        TYPE.addAttr("regs", new PyGetSetDescr(TYPE, "regs", o -> ((PyMatch) o).regs(), null));
        TYPE.ready();
    }

    private static PyGetSetDescr readonly(String name, java.util.function.Function<PyObject, PyObject> getter) {
        return new PyGetSetDescr(TYPE, name, getter, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
    }

    final PyPattern pattern;
    /** The subject as given. */
    final PyObject string;
    /** The subject read at match time; used again for str and bytes, which cannot change. */
    private final Subject subject;
    /** {@code 2 * (groups + 1)} positions: start and end of each group, -1 for a group not matched. */
    final int[] marks;
    final int pos, endpos;
    final int lastindex;
    private PyTuple regs;

    PyMatch(PyPattern pattern, Subject subject, int[] marks, int pos, int endpos, int lastindex) {
        this.pattern = pattern;
        this.string = subject.object;
        this.subject = subject;
        this.marks = marks;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Groups including group 0. */
    int groupCount() {
        return marks.length / 2;
    }

    private static PyObject optionalGroup(String fname, PyObject[] a, String[] k) {
        Args.noKeywords(fname, k);
        if (a.length > 1) {
            throw Errors.typeError("%s expected at most 1 argument, got %d", fname, a.length);
        }
        return a.length == 0 ? null : a[0];
    }

    private static PyTuple pair(int a, int b) {
        return PyTuple.of(PyInt.of(a), PyInt.of(b));
    }

    /**
     * {@code match_getindex}: a group number from an int-like or a group name; IndexError
     * "no such group" otherwise.
     */
    int index(PyObject key) {
        if (key == null) {
            return 0;
        }
        long i = -1;
        if (PyInt.asInt(key) != null || key.type().nb_index != null) {
            PyInt n = Abstract.index(key, null);
            i = n.fitsLong() ? n.longValue() : n.bigValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.getItem(key);
            if (v != null && PyInt.asInt(v) != null) {
                i = PyInt.asInt(v).longValue();
            }
        }
        if (i < 0 || i >= groupCount()) {
            throw Errors.indexError("no such group");
        }
        return (int) i;
    }

    PyObject slice(PyObject key, PyObject dflt) {
        return sliceByIndex(index(key), dflt);
    }

    /** {@code match_getslice_by_index}: the text of group {@code i}, or {@code dflt} if it did not take part. */
    PyObject sliceByIndex(int i, PyObject dflt) {
        int b = marks[2 * i], e = marks[2 * i + 1];
        if (string == PyNone.NONE || b < 0) {
            return dflt;
        }
        Subject s = string instanceof PyStr || string.getClass() == PyBytes.class ? subject : Subject.of(string);
        b = Math.min(b, s.length);
        e = Math.min(e, s.length);
        return s.slice(b, e);
    }

    private PyTuple regs() {
        if (regs == null) {
            PyObject[] r = new PyObject[groupCount()];
            for (int i = 0; i < r.length; i++) {
                r[i] = pair(marks[2 * i], marks[2 * i + 1]);
            }
            regs = new PyTuple(r);
        }
        return regs;
    }

    /** {@code match_repr}: {@code <re.Match object; span=(0, 3), match='abc'>}, the repr cut at 50 characters. */
    private String repr() {
        PyObject g0 = sliceByIndex(0, PyNone.NONE);
        return "<" + TYPE.name() + " object; span=(" + marks[0] + ", " + marks[1] + "), match="
                + PyPattern.truncate(Abstract.reprObject(g0), 50) + ">";
    }
}
