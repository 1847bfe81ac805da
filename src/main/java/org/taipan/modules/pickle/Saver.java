package org.taipan.modules.pickle;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.ObjectIds;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyEllipsis;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;
import org.taipan.runtime.RecursionGuard;
import org.taipan.runtime.ThreadState;

/**
 * One {@code dump} of a {@link PyPickler} (CPython's {@code save} and its helpers in
 * {@code Modules/_pickle.c}): writes the opcodes of an object graph into a {@link PickleOutput}, the
 * exact builtin types first by identity of their type, then {@code reducer_override}, the dispatch
 * tables, {@code __reduce_ex__} and {@code __reduce__}. The bytes are those of CPython's C pickler.
 */
final class Saver {
    private static final String WHILE_PICKLING = " while pickling an object";
    /** {@code fast} mode checks for cycles only below this depth, as CPython's FAST_NESTING_LIMIT. */
    private static final int FAST_NESTING_LIMIT = 50;

    private final PyPickler p;
    private final PickleOutput out;
    private final PickleState state;
    private final int proto;
    private final boolean bin;
    private final PicklerMemo memo;
    private final PyObject reducerOverride;
    private int fastNesting;
    private IdentityHashMap<PyObject, Boolean> fastMemo;

    Saver(PyPickler p, PickleOutput out, PyObject reducerOverride) {
        this.p = p;
        this.out = out;
        this.state = PickleState.get();
        this.proto = p.proto;
        this.bin = p.proto > 0;
        this.memo = p.memo;
        this.reducerOverride = reducerOverride;
    }

    /** {@code dump}: the PROTO header, the object, STOP, and the last frame committed. */
    void dump(PyObject obj) {
        if (proto >= 2) {
            out.write(Opcodes.PROTO, proto);
            if (proto >= 4) {
                out.framing = true;
            }
        }
        try {
            save(obj, false);
            out.write(Opcodes.STOP);
            out.commitFrame();
        } finally {
            out.framing = false;
        }
    }

    void save(PyObject obj, boolean persSave) {
        out.opcodeBoundary();
        if (!persSave && p.persFunc != null && savePers(obj)) {
            return;
        }
        PyType type = obj.type();
        if (obj == PyNone.NONE) {
            out.write(Opcodes.NONE);
            return;
        }
        if (obj == PyBool.TRUE || obj == PyBool.FALSE) {
            saveBool(obj == PyBool.TRUE);
            return;
        }
        if (type == PyInt.TYPE) {
            saveLong((PyInt) obj);
            return;
        }
        if (type == PyFloat.TYPE) {
            saveFloat(((PyFloat) obj).value());
            return;
        }
        int idx = memo.get(obj);
        if (idx >= 0) {
            memoGet(idx);
            return;
        }
        if (type == PyBytes.TYPE) {
            saveBytes((PyBytes) obj);
            return;
        }
        if (type == PyStr.TYPE) {
            saveStr((PyStr) obj);
            return;
        }
        ThreadState ts = RecursionGuard.enter(WHILE_PICKLING);
        try {
            saveOther(obj, type);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private void saveOther(PyObject obj, PyType type) {
        if (type == PyDict.TYPE) {
            saveDict((PyDict) obj);
            return;
        } else if (type == PySet.TYPE) {
            saveSet((PySet) obj);
            return;
        } else if (type == PySet.FROZENSET) {
            saveFrozenset((PySet) obj);
            return;
        } else if (type == PyList.TYPE) {
            saveList(obj);
            return;
        } else if (type == PyTuple.TYPE) {
            saveTuple((PyTuple) obj);
            return;
        } else if (type == PyByteArray.TYPE) {
            saveBytearray((PyByteArray) obj);
            return;
        } else if (type == PyPickleBuffer.TYPE) {
            savePicklebuffer((PyPickleBuffer) obj);
            return;
        }
        PyObject reduceValue = null;
        if (reducerOverride != null) {
            reduceValue = Callables.call(reducerOverride, obj);
            if (reduceValue == PyNotImplemented.NOT_IMPLEMENTED) {
                reduceValue = null;
            }
        }
        if (reduceValue == null) {
            if (type == PyType.TYPE) {
                saveType(obj);
                return;
            } else if (type == PyFunction.TYPE) {
                saveGlobal(obj, null);
                return;
            }
            PyObject reduceFunc;
            if (p.dispatchTable == null) {
                reduceFunc = ((PyDict) state.dispatchTable).getItem(type);
            } else {
                try {
                    reduceFunc = Abstract.getItem(p.dispatchTable, type);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.KeyError)) {
                        throw e;
                    }
                    reduceFunc = null;
                }
            }
            if (reduceFunc != null) {
                reduceValue = Callables.call(reduceFunc, obj);
            } else if (type.isSubtypeOf(PyType.TYPE)) {
                saveGlobal(obj, null);
                return;
            } else {
                PyObject f = Abstract.lookupAttr(obj, PyStr.of("__reduce_ex__"));
                if (f != null) {
                    reduceValue = Callables.call(f, PyInt.of(proto));
                } else {
                    f = Abstract.lookupAttr(obj, PyStr.of("__reduce__"));
                    if (f == null) {
                        throw PickleState.picklingError("can't pickle '%s' object: %s", type.name(), Abstract.repr(obj));
                    }
                    reduceValue = Callables.call(f);
                }
            }
        }
        if (reduceValue instanceof PyStr) {
            saveGlobal(obj, reduceValue);
            return;
        }
        if (!(reduceValue instanceof PyTuple t)) {
            throw PickleState.picklingError("__reduce__ must return a string or tuple");
        }
        saveReduce(t, obj);
    }

    /** {@code save_pers}: true when {@code persistent_id} gave an id (written instead of the object). */
    private boolean savePers(PyObject obj) {
        PyObject pid = Callables.call(p.persFunc, obj);
        if (pid == PyNone.NONE) {
            return false;
        }
        if (bin) {
            save(pid, true);
            out.write(Opcodes.BINPERSID);
        } else {
            PyStr s = Abstract.str(pid);
            String text = s.toString();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    throw PickleState.picklingError("persistent IDs in protocol 0 must be ASCII strings");
                }
            }
            out.write(Opcodes.PERSID);
            out.writeAscii(text);
            out.write('\n');
        }
        return true;
    }

    private void saveBool(boolean v) {
        if (proto >= 2) {
            out.write(v ? Opcodes.NEWTRUE : Opcodes.NEWFALSE);
        } else {
            out.writeAscii(v ? "I01\n" : "I00\n");
        }
    }

    private void saveLong(PyInt v) {
        if (v.fitsLong()) {
            long x = v.longValue();
            if (x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                if (!bin) {
                    out.writeAscii("I" + x + "\n");
                } else if ((x & ~0xffL) == 0) {
                    out.write(Opcodes.BININT1, (int) x);
                } else if ((x & ~0xffffL) == 0) {
                    out.writeLE(Opcodes.BININT2, x, 2);
                } else {
                    out.writeLE(Opcodes.BININT, x, 4);
                }
                return;
            }
        }
        if (proto >= 2) {
            if (v.signum() == 0) {
                out.write(Opcodes.LONG1, 0);
                return;
            }
            // Two's complement, little-endian, in the fewest bytes that keep the sign.
            byte[] be = v.bigValue().toByteArray();
            int n = be.length;
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[n - 1 - i];
            }
            if (n < 256) {
                out.write(Opcodes.LONG1, n);
            } else {
                out.writeLE(Opcodes.LONG4, n, 4);
            }
            out.write(le);
        } else {
            out.write(Opcodes.LONG);
            out.writeAscii(v.toDecimalString());
            out.writeAscii("L\n");
        }
    }

    private void saveFloat(double d) {
        if (bin) {
            long bits = Double.doubleToRawLongBits(d);
            out.write(Opcodes.BINFLOAT);
            for (int i = 7; i >= 0; i--) {
                out.write((int) (bits >>> (8 * i)) & 0xff);
            }
        } else {
            out.write(Opcodes.FLOAT);
            out.writeAscii(Abstract.repr(PyFloat.of(d)));
            out.write('\n');
        }
    }

    private void saveBytes(PyBytes obj) {
        byte[] data = obj.bytes();
        if (proto < 3) {
            // No bytes opcode before protocol 3: codecs.encode(latin-1 text, 'latin1') rebuilds it
            // (and is a str in Python 2).
            PyTuple reduce;
            if (data.length == 0) {
                reduce = PyTuple.of(PyBytes.TYPE, PyTuple.EMPTY);
            } else {
                PyStr text = PyStr.of(new String(data, StandardCharsets.ISO_8859_1));
                reduce = PyTuple.of(state.codecsEncode, PyTuple.of(text, PyStr.of("latin1")));
            }
            saveReduce(reduce, obj);
            return;
        }
        saveBytesData(obj, data);
    }

    private void saveBytesData(PyObject obj, byte[] data) {
        byte[] header = new byte[9];
        int hlen;
        long size = data.length;
        if (size <= 0xff) {
            header[0] = (byte) Opcodes.SHORT_BINBYTES;
            header[1] = (byte) size;
            hlen = 2;
        } else {
            header[0] = (byte) Opcodes.BINBYTES;
            for (int i = 0; i < 4; i++) {
                header[1 + i] = (byte) (size >>> (8 * i));
            }
            hlen = 5;
        }
        out.writeBytes(header, hlen, data, obj.type() == PyBytes.TYPE ? obj : null);
        memoPut(obj);
    }

    private void saveBytearrayData(PyObject obj, byte[] data) {
        byte[] header = new byte[9];
        header[0] = (byte) Opcodes.BYTEARRAY8;
        for (int i = 0; i < 8; i++) {
            header[1 + i] = (byte) ((long) data.length >>> (8 * i));
        }
        out.writeBytes(header, 9, data, null);
        memoPut(obj);
    }

    private void saveStr(PyStr s) {
        if (bin) {
            byte[] data = utf8Surrogatepass(s);
            byte[] header = new byte[5];
            int hlen;
            if (data.length <= 0xff && proto >= 4) {
                header[0] = (byte) Opcodes.SHORT_BINUNICODE;
                header[1] = (byte) data.length;
                hlen = 2;
            } else {
                header[0] = (byte) Opcodes.BINUNICODE;
                for (int i = 0; i < 4; i++) {
                    header[1 + i] = (byte) (data.length >>> (8 * i));
                }
                hlen = 5;
            }
            out.writeBytes(header, hlen, data, null);
        } else {
            out.write(Opcodes.UNICODE);
            out.write(rawUnicodeEscape(s));
            out.write('\n');
        }
        memoPut(s);
    }

    /** UTF-8 with lone surrogates written as their 3-byte forms (CPython's "surrogatepass"). */
    static byte[] utf8Surrogatepass(PyStr s) {
        if (!s.hasLoneSurrogate()) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        int n = s.length();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(n * 2);
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            if (c < 0x80) {
                b.write(c);
            } else if (c < 0x800) {
                b.write(0xc0 | c >> 6);
                b.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                b.write(0xe0 | c >> 12);
                b.write(0x80 | c >> 6 & 0x3f);
                b.write(0x80 | c & 0x3f);
            } else {
                b.write(0xf0 | c >> 18);
                b.write(0x80 | c >> 12 & 0x3f);
                b.write(0x80 | c >> 6 & 0x3f);
                b.write(0x80 | c & 0x3f);
            }
        }
        return b.toByteArray();
    }

    /**
     * Protocol 0's text: {@code _pickle.c}'s {@code raw_unicode_escape}, which also escapes the
     * backslash, NUL, newline, carriage return and ^Z so that the line-based opcode reads back.
     */
    private static byte[] rawUnicodeEscape(PyStr s) {
        int n = s.length();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(n + 16);
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            if (c >= 0x10000) {
                hex(b, 'U', c, 8);
            } else if (c >= 256 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) {
                hex(b, 'u', c, 4);
            } else {
                b.write(c);
            }
        }
        return b.toByteArray();
    }

    private static void hex(java.io.ByteArrayOutputStream b, char kind, int c, int digits) {
        b.write('\\');
        b.write(kind);
        for (int i = digits - 1; i >= 0; i--) {
            b.write("0123456789abcdef".charAt((c >> (4 * i)) & 0xf));
        }
    }

    private void saveTuple(PyTuple t) {
        int n = t.size();
        if (n == 0) {
            if (proto > 0) {
                out.write(Opcodes.EMPTY_TUPLE);
            } else {
                out.write(Opcodes.MARK);
                out.write(Opcodes.TUPLE);
            }
            return;
        }
        // A tuple that is in the memo after its items were saved is recursive (reached from its own
        // items): what was pushed is popped and the memoized tuple fetched instead.
        if (n <= 3 && proto >= 2) {
            for (int i = 0; i < n; i++) {
                save(t.get(i), false);
            }
            int idx = memo.get(t);
            if (idx >= 0) {
                for (int i = 0; i < n; i++) {
                    out.write(Opcodes.POP);
                }
                memoGet(idx);
                return;
            }
            out.write(Opcodes.TUPLE1 + n - 1);
        } else {
            out.write(Opcodes.MARK);
            for (int i = 0; i < n; i++) {
                save(t.get(i), false);
            }
            int idx = memo.get(t);
            if (idx >= 0) {
                if (bin) {
                    out.write(Opcodes.POP_MARK);
                } else {
                    for (int i = 0; i <= n; i++) {
                        out.write(Opcodes.POP);
                    }
                }
                memoGet(idx);
                return;
            }
            out.write(Opcodes.TUPLE);
        }
        memoPut(t);
    }

    private void saveList(PyObject obj) {
        if (p.fast != 0) {
            fastSaveEnter(obj);
        }
        if (bin) {
            out.write(Opcodes.EMPTY_LIST);
        } else {
            out.write(Opcodes.MARK);
            out.write(Opcodes.LIST);
        }
        memoPut(obj);
        PyList list = (PyList) obj;
        if (list.size() != 0) {
            // CPython counts a second recursion level around the items of a list or dict.
            ThreadState ts = RecursionGuard.enter(WHILE_PICKLING);
            try {
                if (proto > 0) {
                    batchListExact(list);
                } else {
                    batchList(Abstract.iter(list));
                }
            } finally {
                RecursionGuard.leave(ts);
            }
        }
        if (p.fast != 0) {
            fastSaveLeave(obj);
        }
    }

    private void batchListExact(PyList list) {
        if (list.size() == 1) {
            save(list.get(0), false);
            out.write(Opcodes.APPEND);
            return;
        }
        int total = 0;
        do {
            int thisBatch = 0;
            out.write(Opcodes.MARK);
            while (total < list.size()) {
                save(list.get(total), false);
                total++;
                if (++thisBatch == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            out.write(Opcodes.APPENDS);
        } while (total < list.size());
    }

    /** {@code batch_list}: items of an iterator, in APPENDS runs (APPEND each in protocol 0). */
    void batchList(PyObject it) {
        if (proto == 0) {
            for (PyObject o = Abstract.next(it); o != null; o = Abstract.next(it)) {
                save(o, false);
                out.write(Opcodes.APPEND);
            }
            return;
        }
        int n;
        do {
            PyObject first = Abstract.next(it);
            if (first == null) {
                break;
            }
            PyObject o = Abstract.next(it);
            if (o == null) {
                save(first, false);
                out.write(Opcodes.APPEND);
                break;
            }
            out.write(Opcodes.MARK);
            save(first, false);
            n = 1;
            while (o != null) {
                save(o, false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                o = Abstract.next(it);
            }
            out.write(Opcodes.APPENDS);
        } while (n == Opcodes.BATCHSIZE);
    }

    private void saveDict(PyDict d) {
        if (p.fast != 0) {
            fastSaveEnter(d);
        }
        if (bin) {
            out.write(Opcodes.EMPTY_DICT);
        } else {
            out.write(Opcodes.MARK);
            out.write(Opcodes.DICT);
        }
        memoPut(d);
        if (d.size() != 0) {
            ThreadState ts = RecursionGuard.enter(WHILE_PICKLING);
            try {
                if (proto > 0) {
                    batchDictExact(d);
                } else {
                    batchDict(Abstract.iter(Callables.callAttr(d, "items")));
                }
            } finally {
                RecursionGuard.leave(ts);
            }
        }
        if (p.fast != 0) {
            fastSaveLeave(d);
        }
    }

    private void batchDictExact(PyDict d) {
        int size = d.size();
        if (size == 1) {
            PyObject k = d.keyAt(0), v = d.valueAt(0);
            save(k, false);
            save(v, false);
            out.write(Opcodes.SETITEM);
            return;
        }
        int pos = 0;
        int i;
        do {
            i = 0;
            out.write(Opcodes.MARK);
            while (pos < d.size()) {
                PyObject k = d.keyAt(pos), v = d.valueAt(pos);
                pos++;
                save(k, false);
                save(v, false);
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            out.write(Opcodes.SETITEMS);
            if (d.size() != size) {
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    /** {@code batch_dict}: (key, value) pairs of an iterator, in SETITEMS runs (SETITEM each in protocol 0). */
    void batchDict(PyObject it) {
        if (proto == 0) {
            for (PyObject o = Abstract.next(it); o != null; o = Abstract.next(it)) {
                PyTuple pair = pair(o);
                save(pair.get(0), false);
                save(pair.get(1), false);
                out.write(Opcodes.SETITEM);
            }
            return;
        }
        int n;
        do {
            PyObject first = Abstract.next(it);
            if (first == null) {
                break;
            }
            PyTuple fp = pair(first);
            PyObject o = Abstract.next(it);
            if (o == null) {
                save(fp.get(0), false);
                save(fp.get(1), false);
                out.write(Opcodes.SETITEM);
                break;
            }
            out.write(Opcodes.MARK);
            save(fp.get(0), false);
            save(fp.get(1), false);
            n = 1;
            while (o != null) {
                PyTuple op = pair(o);
                save(op.get(0), false);
                save(op.get(1), false);
                n++;
                if (n == Opcodes.BATCHSIZE) {
                    break;
                }
                o = Abstract.next(it);
            }
            out.write(Opcodes.SETITEMS);
        } while (n == Opcodes.BATCHSIZE);
    }

    private static PyTuple pair(PyObject o) {
        if (o instanceof PyTuple t && t.size() == 2) {
            return t;
        }
        throw Errors.typeError("dict items iterator must return 2-tuples");
    }

    private void saveSet(PySet s) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.TYPE, PyTuple.of(new PyList(s.toArray()))), s);
            return;
        }
        out.write(Opcodes.EMPTY_SET);
        memoPut(s);
        int size = s.size();
        if (size == 0) {
            return;
        }
        PyObject[] items = s.toArray();
        int pos = 0;
        int i;
        do {
            i = 0;
            out.write(Opcodes.MARK);
            while (pos < items.length) {
                save(items[pos++], false);
                if (++i == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            out.write(Opcodes.ADDITEMS);
            if (s.size() != size) {
                throw Errors.runtimeError("set changed size during iteration");
            }
        } while (i == Opcodes.BATCHSIZE);
    }

    private void saveFrozenset(PySet s) {
        if (p.fast != 0) {
            fastSaveEnter(s);
        }
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.FROZENSET, PyTuple.of(new PyList(s.toArray()))), s);
            return;
        }
        out.write(Opcodes.MARK);
        for (PyObject item : s.toArray()) {
            save(item, false);
        }
        int idx = memo.get(s);
        if (idx >= 0) {
            out.write(Opcodes.POP_MARK);
            memoGet(idx);
            return;
        }
        out.write(Opcodes.FROZENSET);
        memoPut(s);
    }

    private void saveBytearray(PyByteArray b) {
        if (proto < 5) {
            PyTuple reduce = b.size() == 0 ? PyTuple.of(PyByteArray.TYPE, PyTuple.EMPTY)
                    : PyTuple.of(PyByteArray.TYPE, PyTuple.of(PyBytes.of(b.toBytes())));
            saveReduce(reduce, b);
            return;
        }
        saveBytearrayData(b, b.toBytes());
    }

    private void savePicklebuffer(PyPickleBuffer pb) {
        if (proto < 5) {
            throw PickleState.picklingError("PickleBuffer can only pickled with protocol >= 5");
        }
        PyMemoryView view = pb.heldView();
        if (!Abstract.isTrue(Abstract.getAttr(view, "contiguous"))) {
            throw PickleState.picklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
        }
        boolean readonly = Abstract.isTrue(Abstract.getAttr(view, "readonly"));
        boolean inBand = true;
        if (p.bufferCallback != null) {
            inBand = Abstract.isTrue(Callables.call(p.bufferCallback, pb));
        }
        if (inBand) {
            byte[] data = view.toBytes();
            if (readonly) {
                saveBytesData(pb, data);
            } else {
                saveBytearrayData(pb, data);
            }
        } else {
            out.write(Opcodes.NEXT_BUFFER);
            if (readonly) {
                out.write(Opcodes.READONLY_BUFFER);
            }
        }
    }

    /** {@code save_type}: the singletons' types as {@code type(singleton)}, other classes by name. */
    private void saveType(PyObject obj) {
        PyObject singleton = obj == PyNone.TYPE ? PyNone.NONE
                : obj == PyEllipsis.TYPE ? PyEllipsis.ELLIPSIS
                : obj == PyNotImplemented.TYPE ? PyNotImplemented.NOT_IMPLEMENTED : null;
        if (singleton != null) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(singleton)), obj);
            return;
        }
        saveGlobal(obj, null);
    }

    /**
     * {@code save_global}: a class or function by module and qualified name, checked to be the very
     * object that the import finds; EXT codes for copyreg extensions from protocol 2, STACK_GLOBAL
     * from 4, GLOBAL (with 2.x names when fixing imports) before.
     */
    private void saveGlobal(PyObject obj, PyObject name) {
        PyObject globalName = name;
        if (globalName == null) {
            globalName = Abstract.lookupAttr(obj, PyStr.of("__qualname__"));
            if (globalName == null) {
                globalName = Abstract.getAttr(obj, "__name__");
            }
        }
        PyList dottedPath = Names.dottedPath(null, globalName);
        PyObject moduleName = Names.whichModule(obj, dottedPath);
        PyObject module;
        try {
            module = Names.importModule(moduleName);
        } catch (PyException e) {
            throw PickleState.picklingError("Can't pickle %s: import of module %s failed", Abstract.repr(obj),
                    Abstract.repr(moduleName));
        }
        PyObject lastname = dottedPath.get(dottedPath.size() - 1);
        PyObject[] parent = new PyObject[1];
        PyObject cls;
        try {
            cls = Names.deepAttribute(module, dottedPath, parent);
        } catch (PyException e) {
            cls = null;
        }
        if (cls == null) {
            throw PickleState.picklingError("Can't pickle %s: attribute lookup %s on %s failed", Abstract.repr(obj),
                    Abstract.str(globalName), Abstract.str(moduleName));
        }
        if (cls != obj) {
            throw PickleState.picklingError("Can't pickle %s: it's not the same object as %s.%s", Abstract.repr(obj),
                    Abstract.str(moduleName), Abstract.str(globalName));
        }
        if (proto >= 2) {
            PyObject code = ((PyDict) state.extensionRegistry).getItem(PyTuple.of(moduleName, globalName));
            if (code != null) {
                saveExtension(obj, code);
                return;
            }
        }
        if (parent[0] == module) {
            globalName = lastname;
        }
        if (proto >= 4) {
            // CPython's names are shared objects (so memoized once) except the module name of a
            // C type, which type.__module__ makes anew from tp_name unless it is "builtins", and
            // one a type keeps in its dict (ExceptionGroup's, made by PyErr_NewException): that
            // string is its own, not the shared "builtins".
            boolean freshModuleName = obj instanceof PyType t && !t.isHeapType()
                    && (!(moduleName instanceof PyStr ms && ms.toString().equals("builtins"))
                            || t.dict().getItem(PyStr.of("__module__")) == moduleName);
            save(freshModuleName ? moduleName : PyPickler.intern(p.moduleNames, moduleName), false);
            save(PyPickler.intern(p.globalNames, globalName), false);
            out.write(Opcodes.STACK_GLOBAL);
        } else if (parent[0] != module) {
            saveReduce(PyTuple.of(state.getattr, PyTuple.of(parent[0], lastname)), null);
        } else {
            out.write(Opcodes.GLOBAL);
            if (proto < 3 && p.fixImports) {
                PyObject[] fixed = Names.fixImports(state, moduleName, globalName);
                moduleName = fixed[0];
                globalName = fixed[1];
            }
            out.write(encodeName(moduleName, "module"));
            out.write('\n');
            out.write(encodeName(globalName, "global"));
            out.write('\n');
        }
        memoPut(obj);
    }

    private void saveExtension(PyObject obj, PyObject codeObj) {
        PyInt code = PyInt.asInt(codeObj);
        if (code == null || codeObj instanceof PyBool) {
            if (code == null) {
                throw PickleState.picklingError("Can't pickle %s: extension code %s isn't an integer",
                        Abstract.repr(obj), Abstract.repr(codeObj));
            }
        }
        if (!code.fitsLong() || code.longValue() <= 0 || code.longValue() > 0x7fffffffL) {
            if (!code.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            throw PickleState.picklingError("Can't pickle %s: extension code %d is out of range",
                    Abstract.repr(obj), code.longValue());
        }
        long c = code.longValue();
        if (c <= 0xff) {
            out.write(Opcodes.EXT1, (int) c);
        } else if (c <= 0xffff) {
            out.writeLE(Opcodes.EXT2, c, 2);
        } else {
            out.writeLE(Opcodes.EXT4, c, 4);
        }
    }

    /** A name for GLOBAL: UTF-8 in protocol 3, ASCII before (what Python 2 can read). */
    private byte[] encodeName(PyObject name, String what) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        if (proto == 3) {
            return utf8Surrogatepass(s);
        }
        String text = s.toString();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                throw PickleState.picklingError("can't pickle %s identifier '%s' using pickle protocol %d", what,
                        text, proto);
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code save_reduce}: a reduce tuple's callable and arguments, memo, items and state. */
    void saveReduce(PyTuple args, PyObject obj) {
        int size = args.size();
        if (size < 2 || size > 6) {
            throw PickleState.picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        PyObject callable = args.get(0);
        PyObject argtup = args.get(1);
        PyObject st = size > 2 ? args.get(2) : PyNone.NONE;
        PyObject listitems = size > 3 ? args.get(3) : PyNone.NONE;
        PyObject dictitems = size > 4 ? args.get(4) : PyNone.NONE;
        PyObject stateSetter = size > 5 ? args.get(5) : PyNone.NONE;
        if (callable.type().tp_call == null) {
            throw PickleState.picklingError("first item of the tuple returned by __reduce__ must be callable");
        }
        if (!(argtup instanceof PyTuple at)) {
            throw PickleState.picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (st == PyNone.NONE) {
            st = null;
        }
        if (listitems == PyNone.NONE) {
            listitems = null;
        } else if (listitems.type().tp_iternext == null) {
            throw PickleState.picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s",
                    listitems.type().name());
        }
        if (dictitems == PyNone.NONE) {
            dictitems = null;
        } else if (dictitems.type().tp_iternext == null) {
            throw PickleState.picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s",
                    dictitems.type().name());
        }
        if (stateSetter == PyNone.NONE) {
            stateSetter = null;
        } else if (stateSetter.type().tp_call == null) {
            throw PickleState.picklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s",
                    stateSetter.type().name());
        }
        boolean useNewobj = false, useNewobjEx = false;
        if (proto >= 2) {
            PyObject n = Abstract.lookupAttr(callable, PyStr.of("__name__"));
            if (n instanceof PyStr ns) {
                String s = ns.toString();
                useNewobjEx = s.equals("__newobj_ex__");
                useNewobj = !useNewobjEx && s.equals("__newobj__");
            }
        }
        if (useNewobjEx) {
            saveNewobjEx(at);
        } else if (useNewobj) {
            if (at.size() < 1) {
                throw PickleState.picklingError("__newobj__ arglist is empty");
            }
            PyObject cls = at.get(0);
            if (!(cls instanceof PyType)) {
                throw PickleState.picklingError("args[0] from __newobj__ args is not a type");
            }
            if (obj != null && Abstract.getAttr(obj, "__class__") != cls) {
                throw PickleState.picklingError("args[0] from __newobj__ args has the wrong class");
            }
            save(cls, false);
            PyObject[] rest = new PyObject[at.size() - 1];
            System.arraycopy(at.array(), 1, rest, 0, rest.length);
            save(new PyTuple(rest), false);
            out.write(Opcodes.NEWOBJ);
        } else {
            save(callable, false);
            save(at, false);
            out.write(Opcodes.REDUCE);
        }
        if (obj != null) {
            // Already memoized: the object was reached from its own arguments, so what was just
            // built is dropped and the memoized object fetched.
            int idx = memo.get(obj);
            if (idx >= 0) {
                out.write(Opcodes.POP);
                memoGet(idx);
                return;
            }
            memoPut(obj);
        }
        if (listitems != null) {
            batchList(listitems);
        }
        if (dictitems != null) {
            batchDict(dictitems);
        }
        if (st != null) {
            if (stateSetter == null) {
                save(st, false);
                out.write(Opcodes.BUILD);
            } else {
                // stateSetter(obj, state), its result popped: the stack is left as it was.
                save(stateSetter, false);
                save(obj, false);
                save(st, false);
                out.write(Opcodes.TUPLE2);
                out.write(Opcodes.REDUCE);
                out.write(Opcodes.POP);
            }
        }
    }

    private void saveNewobjEx(PyTuple at) {
        if (at.size() != 3) {
            throw PickleState.picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d", at.size());
        }
        PyObject cls = at.get(0);
        if (!(cls instanceof PyType)) {
            throw PickleState.picklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s",
                    cls.type().name());
        }
        PyObject args = at.get(1);
        if (!(args instanceof PyTuple argt)) {
            throw PickleState.picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s",
                    args.type().name());
        }
        PyObject kwargs = at.get(2);
        if (!(kwargs instanceof PyDict kw)) {
            throw PickleState.picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s",
                    kwargs.type().name());
        }
        if (proto >= 4) {
            save(cls, false);
            save(args, false);
            save(kwargs, false);
            out.write(Opcodes.NEWOBJ_EX);
            return;
        }
        // Before protocol 4: partial(cls.__new__, cls, *args, **kwargs)().
        PyObject[] newargs = new PyObject[argt.size() + 2 + kw.size()];
        String[] names = new String[kw.size()];
        newargs[0] = Abstract.getAttr(cls, "__new__");
        newargs[1] = cls;
        System.arraycopy(argt.array(), 0, newargs, 2, argt.size());
        for (int i = 0; i < kw.size(); i++) {
            if (!(kw.keyAt(i) instanceof PyStr key)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = key.toString();
            newargs[argt.size() + 2 + i] = kw.valueAt(i);
        }
        PyObject callable = Callables.call(state.partial, newargs, names.length == 0 ? null : names);
        save(callable, false);
        save(PyTuple.EMPTY, false);
        out.write(Opcodes.REDUCE);
    }

    private void memoPut(PyObject obj) {
        if (p.fast != 0) {
            return;
        }
        int idx = memo.put(obj);
        if (proto >= 4) {
            out.write(Opcodes.MEMOIZE);
        } else if (!bin) {
            out.write(Opcodes.PUT);
            out.writeAscii(Integer.toString(idx));
            out.write('\n');
        } else if (idx < 256) {
            out.write(Opcodes.BINPUT, idx);
        } else {
            out.writeLE(Opcodes.LONG_BINPUT, idx, 4);
        }
    }

    private void memoGet(int idx) {
        if (!bin) {
            out.write(Opcodes.GET);
            out.writeAscii(Integer.toString(idx));
            out.write('\n');
        } else if (idx < 256) {
            out.write(Opcodes.BINGET, idx);
        } else {
            out.writeLE(Opcodes.LONG_BINGET, idx, 4);
        }
    }

    private void fastSaveEnter(PyObject obj) {
        if (++fastNesting >= FAST_NESTING_LIMIT) {
            if (fastMemo == null) {
                fastMemo = new IdentityHashMap<>();
            }
            if (fastMemo.containsKey(obj)) {
                fastNesting = 0;
                throw Errors.valueError("fast mode: can't pickle cyclic objects including object type %s at 0x%x",
                        obj.type().name(), ObjectIds.idOf(obj));
            }
            fastMemo.put(obj, Boolean.TRUE);
        }
    }

    private void fastSaveLeave(PyObject obj) {
        if (fastNesting-- >= FAST_NESTING_LIMIT && fastMemo != null) {
            fastMemo.remove(obj);
        }
    }

    static Interpreter interp() {
        return ThreadState.current().interpreter;
    }

    static byte[] bufferBytes(PyObject o) {
        return Buffers.require(o);
    }
}
