package org.taipan.runtime;

import java.util.List;
import java.util.function.Function;

/**
 * Installs the methods {@code bytes} and {@code bytearray} share (CPython's
 * {@code bytes_methods.c} and {@code stringlib}) on either type; results of the type's own
 * kind are made by {@code make} (a new {@code bytes} or {@code bytearray}, never a subclass).
 * The algorithms live in {@link BytesSearch}, {@link BytesCase}, {@link BytesHex} and
 * {@link BytesFormat}.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] data(PyObject self) {
        return Buffers.bytesOrNull(self);
    }

    private static PyList list(List<byte[]> parts, Function<byte[], PyObject> make) {
        PyList r = new PyList();
        for (byte[] p : parts) {
            r.append(make.apply(p));
        }
        return r;
    }

    static void install(PyType t, Function<byte[], PyObject> make) {
        String tn = t.name() + ".";
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
                Args.check(name, a, k, 1, 2);
                return make.apply(BytesCase.pad(data(self), MethodArgs.index(a[0]),
                        BytesCase.fill(name, a.length > 1 ? a[1] : null), h));
            });
        }
        t.addMethod("zfill", (self, a, k) -> make.apply(BytesCase.zfill(data(self),
                MethodArgs.index(Args.oneArg(tn + "zfill", a, k)))));
        t.addMethod("expandtabs", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("expandtabs", a, k, 0, "tabsize");
            return make.apply(BytesCase.expandtabs(data(self), p[0] == null ? 8 : MethodArgs.index(p[0])));
        });
        t.addMethod("find", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "find", false, false)));
        t.addMethod("rfind", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "rfind", true, false)));
        t.addMethod("index", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "index", false, true)));
        t.addMethod("rindex", (self, a, k) -> PyInt.of(BytesSearch.find(data(self), a, k, "rindex", true, true)));
        t.addMethod("count", (self, a, k) -> PyInt.of(BytesSearch.count(data(self), a, k)));
        t.addMethod("startswith", (self, a, k) -> PyBool.of(BytesSearch.affix(data(self), a, k, "startswith", true)));
        t.addMethod("endswith", (self, a, k) -> PyBool.of(BytesSearch.affix(data(self), a, k, "endswith", false)));
        t.addMethod("replace", (self, a, k) -> {
            Args.check("replace", a, k, 2, 3);
            return make.apply(BytesSearch.replace(data(self), Buffers.require(a[0]), Buffers.require(a[1]),
                    a.length > 2 ? MethodArgs.index(a[2]) : -1));
        });
        for (boolean right : new boolean[] {false, true}) {
            String name = right ? "rsplit" : "split";
            t.addMethod(name, (self, a, k) -> {
                PyObject[] p = MethodArgs.bind(name, a, k, 0, "sep", "maxsplit");
                long max = p[1] == null ? -1 : MethodArgs.index(p[1]);
                byte[] sep = p[0] == null || p[0] == PyNone.NONE ? null : Buffers.require(p[0]);
                return list(BytesSearch.split(data(self), sep, max, right), make);
            });
        }
        t.addMethod("splitlines", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("splitlines", a, k, 0, "keepends");
            return list(BytesSearch.splitlines(data(self), p[0] != null && MethodArgs.index(p[0]) != 0), make);
        });
        for (boolean right : new boolean[] {false, true}) {
            String name = right ? "rpartition" : "partition";
            t.addMethod(name, (self, a, k) -> {
                byte[] b = data(self);
                byte[] sep = Buffers.require(Args.oneArg(tn + name, a, k));
                if (sep.length == 0) {
                    throw Errors.valueError("empty separator");
                }
                int at = right ? BytesSearch.lastIndexOf(b, sep, 0, b.length) : BytesSearch.indexOf(b, sep, 0, b.length);
                byte[] empty = new byte[0];
                if (at < 0) {
                    return right ? PyTuple.of(make.apply(empty), make.apply(empty), make.apply(b.clone()))
                            : PyTuple.of(make.apply(b.clone()), make.apply(empty), make.apply(empty));
                }
                return PyTuple.of(make.apply(java.util.Arrays.copyOfRange(b, 0, at)), make.apply(sep.clone()),
                        make.apply(java.util.Arrays.copyOfRange(b, at + sep.length, b.length)));
            });
        }
        String[] strips = {"lstrip", "strip", "rstrip"};
        for (int how = -1; how <= 1; how++) {
            String name = strips[how + 1];
            boolean left = how <= 0, right = how >= 0;
            t.addMethod(name, (self, a, k) -> {
                Args.check(name, a, k, 0, 1);
                byte[] chars = a.length == 0 || a[0] == PyNone.NONE ? null : Buffers.require(a[0]);
                byte[] b = data(self);
                int[] r = BytesSearch.strip(b, chars, left, right);
                return make.apply(java.util.Arrays.copyOfRange(b, r[0], r[1]));
            });
        }
        for (boolean prefix : new boolean[] {true, false}) {
            String name = prefix ? "removeprefix" : "removesuffix";
            t.addMethod(name, (self, a, k) -> {
                byte[] b = data(self);
                byte[] p = Buffers.require(Args.oneArg(tn + name, a, k));
                boolean has = BytesSearch.matchAt(b, p, prefix ? 0 : b.length - p.length);
                if (!has) {
                    return make.apply(b.clone());
                }
                return make.apply(prefix ? java.util.Arrays.copyOfRange(b, p.length, b.length)
                        : java.util.Arrays.copyOf(b, b.length - p.length));
            });
        }
        t.addMethod("join", (self, a, k) -> make.apply(BytesSearch.join(data(self), Args.oneArg(tn + "join", a, k))));
        t.addMethod("translate", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("translate", a, k, 1, "table", "delete");
            if (p[0] == null) {
                throw Errors.typeError("translate() takes at least 1 positional argument (0 given)");
            }
            byte[] table = BytesSearch.table(p[0]);
            return make.apply(BytesSearch.translate(data(self), table,
                    p[1] == null ? new byte[0] : Buffers.require(p[1])));
        });
        t.addAttr("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans",
                (a, k) -> new PyBytes(BytesSearch.maketrans(a, k))).staticIn(t)));
        t.addMethod("hex", (self, a, k) -> BytesHex.hex(data(self), a, k));
        t.addAttr("fromhex", new PyClassMethodDescr(t, new PyBuiltinFunction("fromhex", (a, k) -> {
            PyObject cls = a[0];
            PyObject arg = Args.oneArg(tn + "fromhex", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            PyObject r = make.apply(BytesHex.fromhex(arg));
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
            return make.apply(BytesFormat.format(fmt, y));
        };
    }
}
