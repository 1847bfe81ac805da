package org.taipan.modules.pickle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.CodecFunctions;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyMemoryView;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PySet;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * One {@code load} of a {@link PyUnpickler} ({@code load} and the {@code load_*} functions of
 * {@code Modules/_pickle.c}): runs the opcodes of protocols 0-5 over an object stack and a stack of
 * marks, with CPython's checks and messages for malformed data ("unpickling stack underflow",
 * "could not find MARK", "pickle data was truncated"...).
 */
final class Loader {
    private final PyUnpickler u;
    private final LoadInput in;
    private PyObject[] stack = new PyObject[16];
    private int sp;
    /** Items below the fence belong to an enclosing MARK and cannot be popped. */
    private int fence;
    private boolean markSet;
    private int[] marks = new int[8];
    private int numMarks;
    private PickleState state;

    Loader(PyUnpickler u, LoadInput in) {
        this.u = u;
        this.in = in;
    }

    private PickleState state() {
        if (state == null) {
            state = PickleState.get();
        }
        return state;
    }

    private void push(PyObject o) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = o;
    }

    private PyException underflow() {
        return PickleState.unpicklingError(markSet ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private PyObject pop() {
        if (sp <= fence) {
            throw underflow();
        }
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private PyObject top() {
        if (sp <= fence) {
            throw underflow();
        }
        return stack[sp - 1];
    }

    private PyObject[] popArray(int start) {
        if (start < fence) {
            throw underflow();
        }
        PyObject[] items = Arrays.copyOfRange(stack, start, sp);
        Arrays.fill(stack, start, sp, null);
        sp = start;
        return items;
    }

    private void clearTo(int start) {
        Arrays.fill(stack, start, sp, null);
        sp = start;
    }

    /** Pops the topmost mark and returns the stack height it recorded. */
    private int marker() {
        if (numMarks < 1) {
            throw PickleState.unpicklingError("could not find MARK");
        }
        int mark = marks[--numMarks];
        markSet = numMarks != 0;
        fence = numMarks != 0 ? marks[numMarks - 1] : 0;
        return mark;
    }

    PyObject load() {
        u.proto = 0;
        for (;;) {
            int op = in.opcode();
            if (op < 0) {
                throw Errors.of(org.taipan.runtime.ExceptionTypes.EOFError, "Ran out of input");
            }
            if (op == Opcodes.STOP) {
                break;
            }
            dispatch(op);
        }
        return pop();
    }

    private void dispatch(int op) {
        switch (op) {
            case Opcodes.NONE -> push(PyNone.NONE);
            case Opcodes.BININT -> push(PyInt.of((int) in.le(4)));
            case Opcodes.BININT1 -> push(PyInt.of(in.u8()));
            case Opcodes.BININT2 -> push(PyInt.of(in.le(2)));
            case Opcodes.INT -> loadInt();
            case Opcodes.LONG -> loadLong();
            case Opcodes.LONG1 -> loadCountedLong(in.u8());
            case Opcodes.LONG4 -> {
                long n = (int) in.le(4);
                if (n < 0) {
                    throw PickleState.unpicklingError("LONG pickle has negative byte count");
                }
                loadCountedLong(n);
            }
            case Opcodes.FLOAT -> loadFloat();
            case Opcodes.BINFLOAT -> {
                in.need(8);
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits = bits << 8 | (in.buf[in.pos + i] & 0xff);
                }
                in.pos += 8;
                push(PyFloat.of(Double.longBitsToDouble(bits)));
            }
            case Opcodes.BINBYTES -> push(PyBytes.of(in.bytes(size(4, "BINBYTES"))));
            case Opcodes.SHORT_BINBYTES -> push(PyBytes.of(in.bytes(in.u8())));
            case Opcodes.BINBYTES8 -> push(PyBytes.of(in.bytes(size(8, "BINBYTES"))));
            case Opcodes.BYTEARRAY8 -> push(new PyByteArray(in.bytes(size(8, "BYTEARRAY8"))));
            case Opcodes.NEXT_BUFFER -> loadNextBuffer();
            case Opcodes.READONLY_BUFFER -> loadReadonlyBuffer();
            case Opcodes.STRING -> loadString();
            case Opcodes.BINSTRING -> {
                // an unsigned size, as CPython's calc_binsize reads it: 0xffffffff is a size, and truncated
                push(decodeString(in.bytes(in.le(4))));
            }
            case Opcodes.SHORT_BINSTRING -> push(decodeString(in.bytes(in.u8())));
            case Opcodes.UNICODE -> {
                int n = in.readLine();
                byte[] line = Arrays.copyOfRange(in.buf, in.lineStart, in.lineStart + n - 1);
                push(Codecs.decode(line, "raw_unicode_escape", "strict"));
            }
            case Opcodes.BINUNICODE -> push(utf8(in.bytes(size(4, "BINUNICODE"))));
            case Opcodes.SHORT_BINUNICODE -> push(utf8(in.bytes(in.u8())));
            case Opcodes.BINUNICODE8 -> push(utf8(in.bytes(size(8, "BINUNICODE"))));
            case Opcodes.EMPTY_TUPLE -> push(PyTuple.EMPTY);
            case Opcodes.TUPLE1, Opcodes.TUPLE2, Opcodes.TUPLE3 -> {
                int n = op - Opcodes.TUPLE1 + 1;
                if (sp < n) {
                    throw underflow();
                }
                push(new PyTuple(popArray(sp - n)));
            }
            case Opcodes.TUPLE -> push(new PyTuple(popArray(marker())));
            case Opcodes.EMPTY_LIST -> push(new PyList());
            case Opcodes.LIST -> push(new PyList(popArray(marker())));
            case Opcodes.EMPTY_DICT -> push(new PyDict());
            case Opcodes.DICT -> loadDict();
            case Opcodes.EMPTY_SET -> push(new PySet(false));
            case Opcodes.FROZENSET -> {
                PyObject[] items = popArray(marker());
                push(PySet.of(new PyTuple(items), true));
            }
            case Opcodes.ADDITEMS -> loadAdditems();
            case Opcodes.APPEND -> doAppend(sp - 1);
            case Opcodes.APPENDS -> doAppend(marker());
            case Opcodes.SETITEM -> doSetitems(sp - 2);
            case Opcodes.SETITEMS -> doSetitems(marker());
            case Opcodes.OBJ -> loadObj();
            case Opcodes.INST -> loadInst();
            case Opcodes.NEWOBJ -> loadNewobj(false);
            case Opcodes.NEWOBJ_EX -> loadNewobj(true);
            case Opcodes.GLOBAL -> {
                PyStr module = lineText(true, "utf-8");
                PyStr name = lineText(true, "utf-8");
                push(u.findClass(module, name));
            }
            case Opcodes.STACK_GLOBAL -> {
                PyObject name = pop();
                PyObject module = pop();
                if (module.type() != PyStr.TYPE || name.type() != PyStr.TYPE) {
                    throw PickleState.unpicklingError("STACK_GLOBAL requires str");
                }
                push(u.findClass(module, name));
            }
            case Opcodes.REDUCE -> {
                PyObject args = pop();
                PyObject callable = pop();
                if (!(args instanceof PyTuple t)) {
                    throw Errors.typeError("argument list must be a tuple");
                }
                push(Callables.call(callable, t.array(), null));
            }
            case Opcodes.BUILD -> loadBuild();
            case Opcodes.MARK -> {
                if (numMarks == marks.length) {
                    marks = Arrays.copyOf(marks, numMarks * 2);
                }
                marks[numMarks++] = sp;
                markSet = true;
                fence = sp;
            }
            case Opcodes.POP -> {
                if (numMarks > 0 && marks[numMarks - 1] == sp) {
                    numMarks--;
                    markSet = numMarks != 0;
                    fence = numMarks != 0 ? marks[numMarks - 1] : 0;
                } else {
                    pop();
                }
            }
            case Opcodes.POP_MARK -> clearTo(marker());
            case Opcodes.DUP -> push(top());
            case Opcodes.GET -> {
                long idx = lineInt(10);
                memoGet(idx);
            }
            case Opcodes.BINGET -> memoGet(in.u8());
            case Opcodes.LONG_BINGET -> memoGet(in.le(4));
            case Opcodes.PUT -> {
                long idx = lineIntAfterTop();
                if (idx < 0) {
                    throw Errors.valueError("negative PUT argument");
                }
                u.memo.put(idx, top());
            }
            case Opcodes.BINPUT -> {
                long idx = in.u8();
                u.memo.put(idx, top());
            }
            case Opcodes.LONG_BINPUT -> {
                long idx = in.le(4);
                u.memo.put(idx, top());
            }
            case Opcodes.MEMOIZE -> u.memo.put(u.memo.nextIndex(), top());
            case Opcodes.NEWTRUE -> push(PyBool.TRUE);
            case Opcodes.NEWFALSE -> push(PyBool.FALSE);
            case Opcodes.PERSID -> {
                checkPersistentLoad();
                int n = in.readLine();
                byte[] line = Arrays.copyOfRange(in.buf, in.lineStart, in.lineStart + n - 1);
                for (byte b : line) {
                    if (b < 0) {
                        throw PickleState.unpicklingError("persistent IDs in protocol 0 must be ASCII strings");
                    }
                }
                push(persistentLoad(PyStr.of(new String(line, StandardCharsets.ISO_8859_1))));
            }
            case Opcodes.BINPERSID -> {
                checkPersistentLoad();
                push(persistentLoad(pop()));
            }
            case Opcodes.EXT1 -> loadExtension(in.u8());
            case Opcodes.EXT2 -> loadExtension(in.le(2));
            case Opcodes.EXT4 -> loadExtension((int) in.le(4));
            case Opcodes.PROTO -> {
                int p = in.u8();
                if (p > Opcodes.HIGHEST_PROTOCOL) {
                    throw Errors.valueError("unsupported pickle protocol: %d", p);
                }
                u.proto = p;
            }
            case Opcodes.FRAME -> {
                long n = in.le(8);
                if (n < 0) {
                    throw Errors.overflow("FRAME length exceeds system's maximum of %d bytes", Long.MAX_VALUE);
                }
                in.frame(n);
            }
            default -> {
                if (op >= 0x20 && op <= 0x7e && op != '\'' && op != '\\') {
                    throw PickleState.unpicklingError("invalid load key, '%c'.", (char) op);
                }
                throw PickleState.unpicklingError("invalid load key, '\\x%02x'.", op);
            }
        }
    }

    /** A 4- or 8-byte length, refused above what a Java array holds (CPython: above Py_ssize_t). */
    private long size(int nbytes, String what) {
        long n = in.le(nbytes);
        if (n < 0 || n > Integer.MAX_VALUE - 16) {
            throw Errors.overflow("%s exceeds system's maximum size of %d bytes", what, Long.MAX_VALUE);
        }
        return n;
    }

    private static PyStr utf8(byte[] b) {
        return Codecs.decode(b, "utf-8", "surrogatepass");
    }

    /** A line without its newline, as text (GLOBAL, INST); truncated if it holds only the newline. */
    private PyStr lineText(boolean requireContent, String encoding) {
        int n = in.readLine();
        if (requireContent && n < 2) {
            throw LoadInput.truncated();
        }
        byte[] line = Arrays.copyOfRange(in.buf, in.lineStart, in.lineStart + n - 1);
        return Codecs.decode(line, encoding, "strict");
    }

    private String lineAscii(int minLen) {
        int n = in.readLine();
        if (n < minLen) {
            throw LoadInput.truncated();
        }
        return new String(in.buf, in.lineStart, n, StandardCharsets.ISO_8859_1);
    }

    /** GET's index: a decimal line. */
    private long lineInt(int base) {
        String s = lineAscii(2);
        PyInt v = (PyInt) Callables.call(PyInt.TYPE, PyStr.of(s), PyInt.of(base));
        if (!v.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    private long lineIntAfterTop() {
        String s = lineAscii(2);
        top();
        PyInt v = (PyInt) Callables.call(PyInt.TYPE, PyStr.of(s), PyInt.of(10));
        if (!v.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    private void memoGet(long idx) {
        PyObject v = u.memo.get(idx);
        if (v == null) {
            throw PickleState.unpicklingError("Memo value not found at index %d", idx);
        }
        push(v);
    }

    /** INT: a C {@code strtol} in base 0 (so "0x10" and "010" are hex and octal), else a Python int; "01"/"00" are bools. */
    private void loadInt() {
        int n = in.readLine();
        if (n < 2) {
            throw LoadInput.truncated();
        }
        String s = new String(in.buf, in.lineStart, n, StandardCharsets.ISO_8859_1);
        Long x = strtol(s);
        if (x == null) {
            try {
                push(Callables.call(PyInt.TYPE, PyStr.of(s.strip()), PyInt.of(0)));
            } catch (PyException e) {
                throw Errors.valueError("could not convert string to int");
            }
            return;
        }
        if (n == 3 && (x == 0 || x == 1)) {
            push(PyBool.of(x == 1));
        } else {
            push(PyInt.of(x));
        }
    }

    /** C's {@code strtol(s, &end, 0)} accepting only when the rest is a newline or NUL; null otherwise. */
    private static Long strtol(String s) {
        int i = 0, n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r') && s.charAt(i) != '\n') {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int base = 10;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
            base = 16;
            i += 2;
        } else if (i < n && s.charAt(i) == '0') {
            base = 8;
        }
        int start = i;
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        while (i < n && Character.digit(s.charAt(i), base) >= 0 && s.charAt(i) < 128) {
            v = v.multiply(java.math.BigInteger.valueOf(base)).add(java.math.BigInteger.valueOf(Character.digit(s.charAt(i), base)));
            i++;
        }
        if (i == start) {
            return null;
        }
        if (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\0') {
            return null;
        }
        if (neg) {
            v = v.negate();
        }
        if (v.bitLength() > 63) {
            return null;
        }
        return v.longValue();
    }

    private void loadLong() {
        int n = in.readLine();
        if (n < 2) {
            throw LoadInput.truncated();
        }
        int len = n;
        if (in.buf[in.lineStart + n - 2] == 'L') {
            len = n - 2;
        }
        String s = new String(in.buf, in.lineStart, len, StandardCharsets.ISO_8859_1);
        String digits = len == n ? s : s;
        try {
            push(Callables.call(PyInt.TYPE, PyStr.of(digits), PyInt.of(10)));
        } catch (PyException e) {
            throw Errors.valueError("invalid literal for int() with base 10: %s", Abstract.repr(PyStr.of(s)));
        }
    }

    private void loadCountedLong(long n) {
        if (n == 0) {
            push(PyInt.ZERO);
            return;
        }
        byte[] le = in.bytes(n);
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        push(PyInt.of(new java.math.BigInteger(be)));
    }

    private void loadFloat() {
        int n = in.readLine();
        if (n < 2) {
            throw LoadInput.truncated();
        }
        String s = new String(in.buf, in.lineStart, n - 1, StandardCharsets.ISO_8859_1);
        // PyOS_string_to_double: no number at the start names the whole line; junk after one does not.
        if (s.isEmpty() || "0123456789+-.iInN".indexOf(s.charAt(0)) < 0) {
            throw Errors.valueError("could not convert string to float: '%s'",
                    new String(in.buf, in.lineStart, n, StandardCharsets.ISO_8859_1));
        }
        PyObject f;
        try {
            f = Callables.call(PyFloat.TYPE, PyStr.of(s));
        } catch (PyException e) {
            throw Errors.valueError("could not convert string to float");
        }
        if (Character.isWhitespace(s.charAt(s.length() - 1)) || s.contains("_")) {
            throw Errors.valueError("could not convert string to float");
        }
        if (Double.isInfinite(((PyFloat) f).value()) && !s.toLowerCase(java.util.Locale.ROOT).contains("inf")) {
            // PyOS_string_to_double with OverflowError: a finite spelling too large for a double
            throw Errors.overflow("value too large to convert to float: '%s'",
                    new String(in.buf, in.lineStart, n, StandardCharsets.ISO_8859_1));
        }
        push(f);
    }

    private void loadString() {
        int n = in.readLine();
        if (n < 2) {
            throw LoadInput.truncated();
        }
        int len = n - 1;
        int s = in.lineStart;
        byte q = in.buf[s];
        if (len >= 2 && q == in.buf[s + len - 1] && (q == '\'' || q == '"')) {
            byte[] body = Arrays.copyOfRange(in.buf, s + 1, s + len - 1);
            PyTuple r = CodecFunctions.escapeDecode(body, "strict");
            push(decodeString(Buffers.require(r.get(0))));
        } else {
            throw PickleState.unpicklingError("the STRING opcode argument must be quoted");
        }
    }

    /** A Python 2 str: bytes when the encoding is "bytes", else decoded with the unpickler's encoding and errors. */
    private PyObject decodeString(byte[] b) {
        if (u.encoding.equals("bytes")) {
            return PyBytes.of(b);
        }
        return Codecs.decode(b, u.encoding, u.errors);
    }

    private void loadNextBuffer() {
        if (u.buffers == null) {
            throw PickleState.unpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
        }
        PyObject b = Abstract.next(u.buffers);
        if (b == null) {
            throw PickleState.unpicklingError("not enough out-of-band buffers");
        }
        push(b);
    }

    private void loadReadonlyBuffer() {
        PyObject obj = top();
        PyMemoryView view = PyMemoryView.of(obj);
        if (!Abstract.isTrue(Abstract.getAttr(view, "readonly"))) {
            stack[sp - 1] = Callables.callAttr(view, "toreadonly");
        }
    }

    private void loadDict() {
        int i = marker();
        int j = sp;
        if ((j - i) % 2 != 0) {
            throw PickleState.unpicklingError("odd number of items for DICT");
        }
        PyDict d = new PyDict();
        for (int k = i + 1; k < j; k += 2) {
            d.setItem(stack[k - 1], stack[k]);
        }
        clearTo(i);
        push(d);
    }

    private void loadAdditems() {
        int mark = marker();
        int len = sp;
        if (mark > len || mark <= fence) {
            throw underflow();
        }
        if (len == mark) {
            return;
        }
        PyObject set = stack[mark - 1];
        if (set instanceof PySet s && set.type().isSubtypeOf(PySet.TYPE)) {
            for (PyObject item : popArray(mark)) {
                s.add(item);
            }
        } else {
            PyObject add = Abstract.getAttr(set, "add");
            for (int i = mark; i < len; i++) {
                Callables.call(add, stack[i]);
            }
            clearTo(mark);
        }
    }

    private void doAppend(int x) {
        int len = sp;
        if (x > len || x <= fence) {
            throw underflow();
        }
        if (len == x) {
            return;
        }
        PyObject list = stack[x - 1];
        if (list.type() == PyList.TYPE) {
            PyList l = (PyList) list;
            for (PyObject item : popArray(x)) {
                l.append(item);
            }
            return;
        }
        PyObject extend = Abstract.lookupAttr(list, PyStr.of("extend"));
        if (extend != null) {
            Callables.call(extend, new PyList(popArray(x)));
            return;
        }
        PyObject append = Abstract.getAttr(list, "append");
        for (int i = x; i < len; i++) {
            Callables.call(append, stack[i]);
        }
        clearTo(x);
    }

    private void doSetitems(int x) {
        int len = sp;
        if (x > len || x <= fence) {
            throw underflow();
        }
        if (len == x) {
            return;
        }
        if ((len - x) % 2 != 0) {
            throw PickleState.unpicklingError("odd number of items for SETITEMS");
        }
        PyObject dict = stack[x - 1];
        try {
            if (dict.type() == PyDict.TYPE) {
                PyDict d = (PyDict) dict;
                for (int i = x + 1; i < len; i += 2) {
                    d.setItem(stack[i - 1], stack[i]);
                }
            } else {
                for (int i = x + 1; i < len; i += 2) {
                    Abstract.setItem(dict, stack[i - 1], stack[i]);
                }
            }
        } finally {
            clearTo(x);
        }
    }

    private void loadObj() {
        int i = marker();
        if (sp - i < 1) {
            throw underflow();
        }
        PyObject[] args = popArray(i + 1);
        PyObject cls = pop();
        push(instantiate(cls, new PyTuple(args)));
    }

    private void loadInst() {
        int i = marker();
        PyStr module = lineText(true, "ascii");
        PyStr name = lineText(true, "ascii");
        PyObject cls = u.findClass(module, name);
        PyObject[] args = popArray(i);
        push(instantiate(cls, new PyTuple(args)));
    }

    /** {@code instantiate}: {@code cls.__new__(cls)} for a class without {@code __getinitargs__} and no arguments, else {@code cls(*args)}. */
    private static PyObject instantiate(PyObject cls, PyTuple args) {
        if (args.size() == 0 && cls instanceof PyType) {
            if (Abstract.lookupAttr(cls, PyStr.of("__getinitargs__")) == null) {
                return Callables.callAttr(cls, "__new__", cls);
            }
        }
        return Callables.call(cls, args.array(), null);
    }

    private void loadNewobj(boolean withKwargs) {
        String name = withKwargs ? "NEWOBJ_EX" : "NEWOBJ";
        PyObject kwargs = withKwargs ? pop() : null;
        PyObject args = pop();
        PyObject cls = pop();
        if (!(cls instanceof PyType t)) {
            throw PickleState.unpicklingError("%s class argument must be a type, not %s", name, cls.type().name());
        }
        if (t.tp_new == null) {
            throw PickleState.unpicklingError("%s class argument '%s' doesn't have __new__", name, t.name());
        }
        if (!(args instanceof PyTuple at)) {
            throw PickleState.unpicklingError("%s args argument must be a tuple, not %s", name, args.type().name());
        }
        if (withKwargs && !(kwargs instanceof PyDict)) {
            throw PickleState.unpicklingError("%s kwargs argument must be a dict, not %s", name, kwargs.type().name());
        }
        PyObject[] a = at.array();
        String[] names = null;
        if (withKwargs && ((PyDict) kwargs).size() > 0) {
            PyDict kw = (PyDict) kwargs;
            names = new String[kw.size()];
            a = Arrays.copyOf(a, a.length + kw.size());
            for (int i = 0; i < kw.size(); i++) {
                if (!(kw.keyAt(i) instanceof PyStr key)) {
                    throw Errors.typeError("keywords must be strings");
                }
                names[i] = key.toString();
                a[at.size() + i] = kw.valueAt(i);
            }
        }
        push(t.tp_new.call(t, a, names));
    }

    private void loadBuild() {
        if (sp - 2 < fence) {
            throw underflow();
        }
        PyObject st = pop();
        PyObject inst = stack[sp - 1];
        PyObject setstate = Abstract.lookupAttr(inst, PyStr.of("__setstate__"));
        if (setstate != null) {
            Callables.call(setstate, st);
            return;
        }
        PyObject slotstate = null;
        if (st instanceof PyTuple t && t.size() == 2) {
            st = t.get(0);
            slotstate = t.get(1);
        }
        if (st != PyNone.NONE) {
            if (!(st instanceof PyDict d)) {
                throw PickleState.unpicklingError("state is not a dictionary");
            }
            PyObject dict = Abstract.getAttr(inst, "__dict__");
            for (int i = 0; i < d.size(); i++) {
                PyObject key = d.keyAt(i);
                // Attribute names are interned, as CPython's load_build does.
                if (key.type() == PyStr.TYPE) {
                    key = org.taipan.builtins.InternedStrings.intern((PyStr) key);
                }
                Abstract.setItem(dict, key, d.valueAt(i));
            }
        }
        if (slotstate != null) {
            if (!(slotstate instanceof PyDict sd)) {
                throw PickleState.unpicklingError("slot state is not a dictionary");
            }
            for (int i = 0; i < sd.size(); i++) {
                PyObject k = sd.keyAt(i);
                if (!(k instanceof PyStr ks)) {
                    throw Errors.typeError("attribute name must be string, not '%s'", k.type().name());
                }
                Abstract.setAttr(inst, ks, sd.valueAt(i));
            }
        }
    }

    private void checkPersistentLoad() {
        if (u.persFunc == null) {
            throw PickleState.unpicklingError("A load persistent id instruction was encountered,\n"
                    + "but no persistent_load function was specified.");
        }
    }

    private PyObject persistentLoad(PyObject pid) {
        return Callables.call(u.persFunc, pid);
    }

    private void loadExtension(long code) {
        if (code <= 0) {
            throw PickleState.unpicklingError("EXT specifies code <= 0");
        }
        PickleState st = state();
        PyInt key = PyInt.of(code);
        PyObject obj = ((PyDict) st.extensionCache).getItem(key);
        if (obj != null) {
            push(obj);
            return;
        }
        PyObject pair = ((PyDict) st.invertedRegistry).getItem(key);
        if (pair == null) {
            throw Errors.valueError("unregistered extension code %d", code);
        }
        if (!(pair instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr)
                || !(t.get(1) instanceof PyStr)) {
            throw Errors.valueError("_inverted_registry[%d] isn't a 2-tuple of strings", code);
        }
        obj = u.findClass(t.get(0), t.get(1));
        ((PyDict) st.extensionCache).setItem(key, obj);
        push(obj);
    }
}
