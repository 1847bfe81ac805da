package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGenericAlias;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMappingProxy;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * {@code re.Pattern} (CPython's {@code PatternObject} in {@code Modules/_sre/sre.c}): a compiled
 * regular expression made by {@code _sre.compile} from the code list of {@code re._compiler},
 * with the searching methods ({@code match}, {@code fullmatch}, {@code search}, {@code findall},
 * {@code finditer}, {@code split}, {@code sub}, {@code subn}, {@code scanner}). Instances cannot
 * be created from Python except through {@code _sre.compile}.
 */
final class PyPattern extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("re.Pattern", PyType.OBJECT).markFromSpec();

    static {
        TYPE.tp_new = null;
        TYPE.tp_repr = o -> PyStr.of(((PyPattern) o).repr());
        TYPE.tp_hash = o -> ((PyPattern) o).hash();
        TYPE.tp_richcompare = PyPattern::richCompare;
        TYPE.addAttr("__doc__", PyStr.of("Compiled regular expression object."));
        TYPE.addMethod("match", (self, a, k) -> ((PyPattern) self).matchMethod("match", a, k, false));
        TYPE.addMethod("fullmatch", (self, a, k) -> ((PyPattern) self).matchMethod("fullmatch", a, k, true));
        TYPE.addMethod("search", (self, a, k) -> {
            PyPattern p = (PyPattern) self;
            SreState st = p.state("search", a, k);
            PyObject m = p.newMatch(st, st.run(SreState::search));
            p.release(st);
            return m;
        });
        // Array-free bodies for pattern.match(s) / pattern.match(s, pos) (tomllib, tokenizers call
        // them in loops): the same steps as state() for one or two positional arguments.
        TYPE.ownMethod("match").withOneArg((self, s) -> ((PyPattern) self).matchAt(s, 0, false))
                .withTwoArgs((self, s, pos) -> ((PyPattern) self).matchAt(s, ssize(pos), false));
        TYPE.ownMethod("fullmatch").withOneArg((self, s) -> ((PyPattern) self).matchAt(s, 0, true))
                .withTwoArgs((self, s, pos) -> ((PyPattern) self).matchAt(s, ssize(pos), true));
        TYPE.ownMethod("search").withOneArg((self, s) -> ((PyPattern) self).searchAt(s, 0))
                .withTwoArgs((self, s, pos) -> ((PyPattern) self).searchAt(s, ssize(pos)));
        TYPE.addMethod("findall", (self, a, k) -> ((PyPattern) self).findall(a, k));
        TYPE.addMethod("finditer", (self, a, k) -> {
            PyScanner scanner = ((PyPattern) self).scanner("finditer", a, k);
            PyObject search = Abstract.getAttr(scanner, "search");
            PyObject iter = ThreadState.current().interpreter.builtins().getItem(PyStr.of("iter"));
            return Callables.call(iter, search, PyNone.NONE);
        });
        TYPE.addMethod("scanner", (self, a, k) -> ((PyPattern) self).scanner("scanner", a, k));
        TYPE.addMethod("split", (self, a, k) -> ((PyPattern) self).split(a, k));
        TYPE.addMethod("sub", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("sub", a, k, 0, "repl", "string", "count");
            MethodArgs.required("sub", v, 0, "repl");
            MethodArgs.required("sub", v, 1, "string");
            return Substitution.subx((PyPattern) self, v[0], v[1], v[2] == null ? 0 : ssize(v[2]), false);
        });
        TYPE.addMethod("subn", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("subn", a, k, 0, "repl", "string", "count");
            MethodArgs.required("subn", v, 0, "repl");
            MethodArgs.required("subn", v, 1, "string");
            return Substitution.subx((PyPattern) self, v[0], v[1], v[2] == null ? 0 : ssize(v[2]), true);
        });
        TYPE.addMethod("__copy__", (self, a, k) -> {
            Args.noArgs("Pattern.__copy__", a, k);
            return self;
        });
        TYPE.addMethod("__deepcopy__", (self, a, k) -> {
            Args.noKeywords("Pattern.__deepcopy__", k);
            if (a.length != 1) {
                throw Errors.typeError("Pattern.__deepcopy__() takes exactly one argument (%d given)", a.length);
            }
            return self;
        });
        PyGenericAlias.install(TYPE);
        // Patterns have a weak-reference list in CPython (re's cache users hold them weakly).
        org.taipan.modules.weakref.Weakrefable.allow(TYPE);
        TYPE.addAttr("pattern", readonly(TYPE, "pattern", o -> ((PyPattern) o).pattern));
        TYPE.addAttr("flags", readonly(TYPE, "flags", o -> PyInt.of(((PyPattern) o).flags)));
        TYPE.addAttr("groups", readonly(TYPE, "groups", o -> PyInt.of(((PyPattern) o).groups)));
        TYPE.addAttr("groupindex", new PyGetSetDescr(TYPE, "groupindex", o -> {
            PyPattern p = (PyPattern) o;
            return p.groupindex == null ? new PyDict() : new PyMappingProxy(p.groupindex);
        }, null));
        TYPE.ready();
    }

    /** A read-only member ({@code T_OBJECT, READONLY}) of {@code owner}: assigning raises "readonly attribute". */
    static PyGetSetDescr readonly(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter) {
        return new PyGetSetDescr(owner, name, getter, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
    }

    /** The source pattern ({@code str}, {@code bytes} or None). */
    final PyObject pattern;
    final int flags;
    final int[] code;
    /** The number of capturing groups. */
    final int groups;
    /** Name to group number, or null when there are no named groups. */
    final PyDict groupindex;
    /** Group number to name, or null. */
    final PyTuple indexgroup;
    /** 1 for a bytes pattern, 0 for str, -1 for a pattern compiled from None. */
    final int isbytes;
    /** Bitmaps of the sets in the code, by position, filled as the sets are first used. */
    final long[][] setCache;
    /** The stacks of the last finished run, for the next one. */
    private final java.util.concurrent.atomic.AtomicReference<SreState.Scratch> spare =
            new java.util.concurrent.atomic.AtomicReference<>();

    PyPattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, int isbytes) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = isbytes;
        this.setCache = new long[code.length][];
    }

    /** Stacks for a new state: the spare ones if no other run holds them. */
    SreState.Scratch takeScratch() {
        SreState.Scratch s = spare.getAndSet(null);
        return s != null ? s : new SreState.Scratch();
    }

    /** Gives a finished state's stacks back for the next run. */
    void release(SreState st) {
        spare.lazySet(st.scratch());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- arguments ----

    /** A {@code Py_ssize_t} argument: {@code __index__}, OverflowError beyond 64 bits. */
    static long ssize(PyObject o) {
        return Abstract.index(o, null).ssizeValue();
    }

    /**
     * {@code state_init}: a state over {@code string} from {@code pos} to {@code endpos}.
     *
     * @throws PyException TypeError for a non-string subject or a str/bytes mismatch
     */
    SreState newState(PyObject string, long pos, long endpos) {
        Subject s = Subject.of(string);
        if (s.isBytes() && isbytes == 0) {
            throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes() && isbytes > 0) {
            throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        }
        return new SreState(code, setCache, takeScratch(), groups, s, pos, endpos);
    }

    /** Binds {@code (string, pos=0, endpos=sys.maxsize)} and makes the state. */
    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    private SreState state(String fname, PyObject[] a, String[] k) {
        if ((k == null || k.length == 0) && a.length >= 1 && a.length <= 3) {
            // The common call, positional only: pattern.match(s) or pattern.match(s, pos).
            long pos = a.length > 1 ? ssize(a[1]) : 0;
            long endpos = a.length > 2 ? ssize(a[2]) : Long.MAX_VALUE;
            return newState(a[0], pos, endpos);
        }
        PyObject[] v = MethodArgs.bind(fname, a, k, 0, STRING_POS_ENDPOS);
        MethodArgs.required(fname, v, 0, "string");
        long pos = v[1] == null ? 0 : ssize(v[1]);
        long endpos = v[2] == null ? Long.MAX_VALUE : ssize(v[2]);
        return newState(v[0], pos, endpos);
    }

    private PyObject matchMethod(String fname, PyObject[] a, String[] k, boolean full) {
        SreState st = state(fname, a, k);
        st.matchAll = full;
        PyObject m = newMatch(st, st.run(SreState::match));
        release(st);
        return m;
    }

    /** {@code match}/{@code fullmatch} with {@code (string, pos)} positional ({@code pos} already converted). */
    private PyObject matchAt(PyObject string, long pos, boolean full) {
        SreState st = newState(string, pos, Long.MAX_VALUE);
        st.matchAll = full;
        PyObject m = newMatch(st, st.run(SreState::match));
        release(st);
        return m;
    }

    /** {@code search} with {@code (string, pos)} positional. */
    private PyObject searchAt(PyObject string, long pos) {
        SreState st = newState(string, pos, Long.MAX_VALUE);
        PyObject m = newMatch(st, st.run(SreState::search));
        release(st);
        return m;
    }

    /** {@code pattern_new_match}: a Match for a successful status, else None. */
    PyObject newMatch(SreState st, int status) {
        if (status == 0) {
            return PyNone.NONE;
        }
        int[] marks = new int[2 * (groups + 1)];
        marks[0] = st.start;
        marks[1] = st.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                marks[j + 2] = st.mark[j];
                marks[j + 3] = st.mark[j + 1];
            } else {
                marks[j + 2] = marks[j + 3] = -1;
            }
        }
        return new PyMatch(this, st.subject, marks, st.pos, st.endpos, st.lastindex);
    }

    private PyScanner scanner(String fname, PyObject[] a, String[] k) {
        return new PyScanner(this, state(fname, a, k));
    }

    // ---- findall, split ----

    private PyObject findall(PyObject[] a, String[] k) {
        SreState st = state("findall", a, k);
        PyList list = new PyList();
        Subject s = st.subject;
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (st.run(SreState::search) == 0) {
                break;
            }
            PyObject item;
            switch (groups) {
                case 0 -> item = s.slice(st.start, st.ptr);
                case 1 -> item = groupSlice(st, 1, true);
                default -> {
                    PyObject[] t = new PyObject[groups];
                    for (int i = 0; i < groups; i++) {
                        t[i] = groupSlice(st, i + 1, true);
                    }
                    item = new PyTuple(t);
                }
            }
            list.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        release(st);
        return list;
    }

    /** {@code state_getslice}: group {@code index} of the state's match, or "" / None when it did not take part. */
    static PyObject groupSlice(SreState st, int index, boolean empty) {
        int i = (index - 1) * 2;
        if (i >= st.lastmark || st.mark[i] < 0 || st.mark[i + 1] < 0) {
            return empty ? st.subject.slice(0, 0) : PyNone.NONE;
        }
        return st.subject.slice(st.mark[i], st.mark[i + 1]);
    }

    private PyObject split(PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind("split", a, k, 0, "string", "maxsplit");
        MethodArgs.required("split", v, 0, "string");
        long maxsplit = v[1] == null ? 0 : ssize(v[1]);
        SreState st = newState(v[0], 0, Long.MAX_VALUE);
        PyList list = new PyList();
        Subject s = st.subject;
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (st.run(SreState::search) == 0) {
                break;
            }
            list.append(s.slice(last, st.start));
            for (int i = 0; i < groups; i++) {
                list.append(groupSlice(st, i + 1, false));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.append(s.slice(last, st.endpos));
        release(st);
        return list;
    }

    // ---- repr, hash, equality ----

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
            "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    /** {@code pattern_repr}: {@code re.compile('...', re.IGNORECASE|...)}, the pattern's repr cut at 200 characters. */
    private String repr() {
        int f = flags;
        // A str pattern is Unicode by default: re.UNICODE alone is not shown.
        if (isbytes == 0 && (f & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) {
            f &= ~FLAG_UNICODE;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            int bit = 1 << i;
            if ((f & bit) != 0) {
                if (names.length() > 0) {
                    names.append('|');
                }
                names.append(FLAG_NAMES[i]);
                f &= ~bit;
            }
        }
        if (f != 0) {
            if (names.length() > 0) {
                names.append('|');
            }
            names.append("0x").append(Integer.toHexString(f));
        }
        String r = truncate(Abstract.reprObject(pattern), 200);
        return names.length() > 0 ? "re.compile(" + r + ", " + names + ")" : "re.compile(" + r + ")";
    }

    /** {@code %.NR}: the first {@code n} characters (code points) of a repr. */
    static String truncate(PyStr repr, int n) {
        if (repr.length() <= n) {
            return repr.toString();
        }
        return repr.substring(0, n).toString();
    }

    private long hash() {
        long h = Abstract.hash(pattern);
        h ^= Arrays.hashCode(code);
        h ^= flags;
        h ^= isbytes;
        h ^= code.length;
        return h == -1 ? -2 : h;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE || !(b instanceof PyPattern)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (a == b) {
            return PyBool.of(op == CompareOp.EQ);
        }
        PyPattern l = (PyPattern) a, r = (PyPattern) b;
        // The code is compared as well as the pattern: under re.LOCALE one pattern can compile differently.
        boolean eq = l.flags == r.flags && l.isbytes == r.isbytes && Arrays.equals(l.code, r.code)
                && Abstract.richCompareBool(l.pattern, r.pattern, CompareOp.EQ);
        return PyBool.of(eq == (op == CompareOp.EQ));
    }
}
