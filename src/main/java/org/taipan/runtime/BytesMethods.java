package org.taipan.runtime;

import java.util.List;
import java.util.function.Function;

/**
 * Installs the methods {@code bytes} and {@code bytearray} share (CPython's
 * {@code bytes_methods.c} and {@code stringlib}) on either type; results of the type's own
 * kind are made by {@code make} (a new {@code bytes} or {@code bytearray}, never a subclass).
 * The algorithms live in {@link BytesSearch}, {@link BytesCase}, {@link BytesHex} and
 * {@link BytesFormat}.
 *
 * <p>Which object a result is follows CPython: where {@code bytesobject.c} and
 * {@code stringlib} hand back an exact {@code bytes} unchanged ({@code return_self}, a split
 * or strip that found nothing to do), the result is {@code self}; a subclass's instance gets an
 * exact copy instead, and {@code bytearray} always a new object. A bytes result copied from a
 * range of another object is the shared empty or one-byte object when there is one
 * ({@link PyBytes#ofCopy}).
 */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] data(PyObject self) {
        return Buffers.bytesOrNull(self);
    }

    /**
     * How one type's results are made: {@code bytes} (immutable, so {@code self} may be a result)
     * or {@code bytearray} (always a new object).
     */
    private record Results(boolean immutable, Function<byte[], PyObject> make) {
        /** A result with all of {@code b}, self's bytes: an exact bytes is itself (CPython's {@code return_self}). */
        PyObject whole(PyObject self, byte[] b) {
            if (immutable && self.getClass() == PyBytes.class) {
                return self;
            }
            return copied(b.clone());
        }

        /** A result taking over {@code c}, copied out of another object's bytes. */
        PyObject copied(byte[] c) {
            return immutable ? PyBytes.ofCopy(c) : make.apply(c);
        }

        /** {@code b[from:to]} as a result. */
        PyObject piece(byte[] b, int from, int to) {
            return copied(java.util.Arrays.copyOfRange(b, from, to));
        }

        /**
         * The list of a split's pieces: a bytes that was not split at all ({@code whole}) is its
         * own only piece when exact, as stringlib's split functions answer.
         */
        PyList list(PyObject self, byte[] b, List<byte[]> parts, boolean whole) {
            PyList r = new PyList();
            if (whole && immutable && self.getClass() == PyBytes.class && parts.size() == 1
                    && parts.get(0).length == b.length) {
                r.append(self);
                return r;
            }
            for (byte[] p : parts) {
                r.append(copied(p));
            }
            return r;
        }
    }

    static void install(PyType t, Function<byte[], PyObject> make) {
        String tn = t.name() + ".";
        Results res = new Results(t == PyBytes.TYPE, make);
        String[] predicates = {"isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"};
        for (String name : predicates) {
            t.addMethod(name, (self, a, k) -> {
                Args.noArgs(tn + name, a, k);
                return PyBool.of(BytesCase.predicate(name, data(self)));
            });
        }
        for (String name : new String[] {"lower", "upper", "swapcase", "capitalize", "title"}) {
            java.util.function.UnaryOperator<byte[]> map = BytesCase.caseMapper(name);
            t.addMethodNoArgs(name, self -> make.apply(map.apply(data(self))));
        }
        String[] pads = {"ljust", "center", "rjust"};
        for (int how = -1; how <= 1; how++) {
            String name = pads[how + 1];
            int h = how;
            t.addMethod(name, (self, a, k) -> {
                Args.noKeywords(tn + name, k);
                Args.check(name, a, k, 1, 2);
                long width = MethodArgs.index(a[0]);
                byte fill = BytesCase.fill(name, a.length > 1 ? a[1] : null);
                byte[] b = data(self);
                return width <= b.length ? res.whole(self, b) : make.apply(BytesCase.pad(b, width, fill, h));
            });
        }
        t.addMethod("zfill", (self, a, k) -> {
            long width = MethodArgs.index(Args.oneArg(tn + "zfill", a, k));
            byte[] b = data(self);
            return width <= b.length ? res.whole(self, b) : make.apply(BytesCase.zfill(b, width));
        });
        t.addMethod("expandtabs", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("expandtabs", a, k, 0, "tabsize");
            return make.apply(BytesCase.expandtabs(data(self), p[0] == null ? 8 : Args.clinicInt(p[0])));
        });
        t.addMethod("find", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "find", false, false)));
        t.addMethod("rfind", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "rfind", true, false)));
        t.addMethod("index", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "index", false, true)));
        t.addMethod("rindex", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "rindex", true, true)));
        t.addMethod("count", (self, a, k) -> PyInt.of(BytesSearch.count(data(self), a, k)));
        t.addMethod("startswith", (self, a, k) -> PyBool.of(BytesSearch.affix(data(self), a, k, "startswith", true)));
        t.addMethod("endswith", (self, a, k) -> PyBool.of(BytesSearch.affix(data(self), a, k, "endswith", false)));
        t.addMethod("replace", (self, a, k) -> {
            Args.noKeywords(tn + "replace", k);
            Args.check("replace", a, k, 2, 3);
            byte[] b = data(self), old = Buffers.require(a[0]), rep = Buffers.require(a[1]);
            long max = a.length > 2 ? MethodArgs.index(a[2]) : -1;
            // stringlib_replace returns self when there is nothing to replace
            if (b.length < old.length || max == 0 || old.length == 0 && rep.length == 0
                    || old.length > 0 && BytesSearch.indexOf(b, old, 0, b.length) < 0) {
                return res.whole(self, b);
            }
            return make.apply(BytesSearch.replace(b, old, rep, max));
        });
        for (boolean right : new boolean[] {false, true}) {
            String name = right ? "rsplit" : "split";
            t.addMethod(name, (self, a, k) -> {
                PyObject[] p = MethodArgs.bind(name, a, k, 0, "sep", "maxsplit");
                long max = p[1] == null ? -1 : MethodArgs.index(p[1]);
                byte[] sep = p[0] == null || p[0] == PyNone.NONE ? null : Buffers.require(p[0]);
                byte[] b = data(self);
                // with a separator, no match (or maxsplit 0) leaves an exact bytes whole; by
                // whitespace, maxsplit 0 copies the rest after the leading whitespace
                return res.list(self, b, BytesSearch.split(b, sep, max, right), sep != null || max != 0);
            });
        }
        t.addMethod("splitlines", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("splitlines", a, k, 0, "keepends");
            byte[] b = data(self);
            return res.list(self, b, BytesSearch.splitlines(b, p[0] != null && MethodArgs.index(p[0]) != 0), true);
        });
        for (boolean right : new boolean[] {false, true}) {
            String name = right ? "rpartition" : "partition";
            t.addMethod(name, (self, a, k) -> {
                byte[] b = data(self);
                PyObject sepObj = Args.oneArg(tn + name, a, k);
                // bytearray's copies a separator of any layout (bytearray(sep)); bytes' asks for a simple buffer
                byte[] sep = res.immutable() ? Buffers.require(sepObj) : Buffers.bytesOrNull(sepObj);
                if (sep == null) {
                    sep = Buffers.require(sepObj);
                }
                if (sep.length == 0) {
                    throw Errors.valueError("empty separator");
                }
                int at = right ? BytesSearch.lastIndexOf(b, sep, 0, b.length) : BytesSearch.indexOf(b, sep, 0, b.length);
                if (at < 0) {
                    // stringlib_partition: bytes (even a subclass's instance) is its own part;
                    // bytearray copies itself
                    PyObject all = res.immutable() ? self : make.apply(b.clone());
                    return right ? PyTuple.of(make.apply(new byte[0]), make.apply(new byte[0]), all)
                            : PyTuple.of(all, make.apply(new byte[0]), make.apply(new byte[0]));
                }
                // bytes keeps the separator object it was given (a bytearray, a memoryview, ...)
                return PyTuple.of(res.piece(b, 0, at), res.immutable() ? sepObj : make.apply(sep.clone()),
                        res.piece(b, at + sep.length, b.length));
            });
        }
        String[] strips = {"lstrip", "strip", "rstrip"};
        for (int how = -1; how <= 1; how++) {
            String name = strips[how + 1];
            boolean left = how <= 0, right = how >= 0;
            t.addMethod(name, (self, a, k) -> {
                Args.noKeywords(tn + name, k);
                Args.check(name, a, k, 0, 1);
                byte[] chars = a.length == 0 || a[0] == PyNone.NONE ? null : Buffers.require(a[0]);
                byte[] b = data(self);
                int[] r = BytesSearch.strip(b, chars, left, right);
                return r[0] == 0 && r[1] == b.length ? res.whole(self, b) : res.piece(b, r[0], r[1]);
            });
        }
        for (boolean prefix : new boolean[] {true, false}) {
            String name = prefix ? "removeprefix" : "removesuffix";
            t.addMethod(name, (self, a, k) -> {
                byte[] b = data(self);
                byte[] p = Buffers.require(Args.oneArg(tn + name, a, k));
                if (p.length == 0 || !BytesSearch.matchAt(b, p, prefix ? 0 : b.length - p.length)) {
                    return res.whole(self, b);
                }
                return prefix ? res.piece(b, p.length, b.length) : res.piece(b, 0, b.length - p.length);
            });
        }
        t.addMethod("join", (self, a, k) -> {
            PyObject[] items;
            if (self instanceof PyByteArray ba) {
                // the separator is exported while the iterable runs: resizing it there is BufferError (gh-112625)
                ba.exports().pin();
                try {
                    items = BytesSearch.joinItems(Args.oneArg(tn + "join", a, k));
                } finally {
                    ba.exports().unpin();
                }
            } else {
                items = BytesSearch.joinItems(Args.oneArg(tn + "join", a, k));
            }
            // stringlib's join: bytes joining one exact bytes answers that item
            if (res.immutable() && items.length == 1 && items[0].getClass() == PyBytes.class) {
                return items[0];
            }
            return make.apply(BytesSearch.join(data(self), items));
        });
        t.addMethod("translate", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("translate", a, k, 1, "table", "delete");
            if (p[0] == null) {
                throw Errors.typeError("translate() takes at least 1 positional argument (0 given)");
            }
            byte[] table = BytesSearch.table(p[0]);
            byte[] b = data(self);
            byte[] r = BytesSearch.translate(b, table, p[1] == null ? new byte[0] : Buffers.require(p[1]));
            // bytes_translate: an exact bytes that nothing changed is itself
            return java.util.Arrays.equals(r, b) ? res.whole(self, b) : make.apply(r);
        });
        t.addAttr("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans",
                (a, k) -> PyBytes.of(BytesSearch.maketrans(a, k))).staticIn(t)));
        t.addMethod("hex", (self, a, k) -> BytesHex.hex(data(self), a, k));
        t.addAttr("fromhex", new PyClassMethodDescr(t, new PyBuiltinFunction("fromhex", (a, k) -> {
            PyObject cls = a[0];
            PyObject arg = Args.oneArg(tn + "fromhex", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            PyObject r = res.copied(BytesHex.fromhex(arg));
            return cls == t ? r : Callables.call(cls, r);
        })));
        t.addMethod("decode", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("decode", a, k, 0, "encoding", "errors");
            return Codecs.decode(data(self), p[0], p[1]);
        });
        // CPython exposes sq_concat and sq_repeat as these wrappers; the slots themselves raise.
        t.addWrapperOneArg("__add__", Sequences.concatWrapper(t));
        t.addWrapperOneArg("__mul__", Sequences.repeatWrapper(t));
        t.addWrapperOneArg("__rmul__", Sequences.repeatWrapper(t));
        t.nb_remainder = (x, y) -> {
            byte[] fmt = x instanceof PyBytes || x instanceof PyByteArray ? data(x) : null;
            if (fmt == null || x.type().isSubtypeOf(t) == false) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return res.copied(BytesFormat.format(fmt, y));
        };
    }
}
