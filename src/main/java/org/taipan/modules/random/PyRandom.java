package org.taipan.modules.random;

import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Entropy;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _random.Random} (CPython's {@code Modules/_randommodule.c}): the Mersenne Twister
 * with {@code random}, {@code seed}, {@code getstate}, {@code setstate} and
 * {@code getrandbits}, the base class of {@code random.Random}. Seeding matches CPython's:
 * an int by its absolute value's 32-bit words, None from the OS's entropy, anything else by
 * its hash taken as an unsigned 64-bit number.
 */
public class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("_random.Random", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.addAttr("__module__", PyStr.of("_random"));
        TYPE.tp_new = (type, a, k) -> type == TYPE ? new PyRandom(TYPE) : new Sub(type);
        // CPython 3.11 seeds in tp_init (random_init); random.Random.__init__ replaces it.
        TYPE.tp_init = (self, a, k) -> {
            if (k != null && k.length > 0 && (self.type() == TYPE || self.type().lookup("__init__") == TYPE.lookup("__init__"))) {
                throw Errors.typeError("Random() takes no keyword arguments");
            }
            int npos = Args.positional(a, k);
            if (npos > 1) {
                throw Errors.typeError("Random() requires 0 or 1 argument");
            }
            ((PyRandom) self).seed(npos == 1 ? a[0] : PyNone.NONE);
        };
        TYPE.addMethod("random", (self, a, k) -> {
            Args.noArgs("Random.random", a, k);
            return new PyFloat(((PyRandom) self).mt.nextDouble());
        });
        TYPE.addMethod("seed", (self, a, k) -> {
            Args.noKeywords("seed", k);
            if (a.length > 1) {
                throw Errors.typeError("seed expected at most 1 argument, got %d", a.length);
            }
            ((PyRandom) self).seed(a.length == 0 ? PyNone.NONE : a[0]);
            return PyNone.NONE;
        });
        TYPE.addMethod("getstate", (self, a, k) -> {
            Args.noArgs("Random.getstate", a, k);
            return ((PyRandom) self).getstate();
        });
        TYPE.addMethod("setstate", (self, a, k) -> {
            ((PyRandom) self).setstate(Args.oneArg("Random.setstate", a, k));
            return PyNone.NONE;
        });
        TYPE.addMethod("getrandbits", (self, a, k) -> {
            PyObject n = Args.oneArg("Random.getrandbits", a, k);
            PyInt i = PyInt.asInt(n);
            if (i == null) {
                if (n.type().nb_index == null) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", n.type().name());
                }
                i = Abstract.index(n, null);
            }
            return ((PyRandom) self).getrandbits(i.intValue());
        });
        TYPE.ready();
    }

    private final PyType type;
    final MersenneTwister mt = new MersenneTwister();

    PyRandom(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** CPython's {@code random_seed}. */
    void seed(PyObject arg) {
        if (arg == PyNone.NONE) {
            byte[] b = new byte[MersenneTwister.N * 4];
            Entropy.fill(b);
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16
                        | (b[4 * i + 3] & 0xff) << 24;
            }
            mt.initByArray(key);
            return;
        }
        BigInteger n;
        PyInt i = PyInt.asInt(arg);
        if (i != null) {
            n = i.bigValue().abs();
        } else {
            n = new BigInteger(Long.toUnsignedString(Abstract.hash(arg)));
        }
        int words = n.signum() == 0 ? 1 : (n.bitLength() + 31) / 32;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        mt.initByArray(key);
    }

    PyTuple getstate() {
        PyObject[] s = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            s[i] = PyInt.of(mt.mt[i] & 0xffffffffL);
        }
        s[MersenneTwister.N] = PyInt.of(mt.index);
        return PyTuple.of(s);
    }

    void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            PyInt w = PyInt.asInt(t.get(i));
            if (w == null) {
                throw Errors.typeError("an integer is required");
            }
            if (w.signum() < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (w.bigValue().bitLength() > 64) {
                throw Errors.overflow("Python int too large to convert to C unsigned long");
            }
            words[i] = w.bigValue().intValue();
        }
        PyInt idx = PyInt.asInt(t.get(MersenneTwister.N));
        if (idx == null) {
            throw Errors.typeError("an integer is required");
        }
        if (!idx.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        long index = idx.longValue();
        if (index < 0 || index > MersenneTwister.N) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt.mt, 0, words.length);
        mt.index = (int) index;
    }

    /** {@code getrandbits(k)}: {@code k} random bits, 32-bit words filled least significant first. */
    PyInt getrandbits(int k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.ZERO;
        }
        if (k <= 32) {
            return PyInt.of((mt.next32() >>> (32 - k)) & 0xffffffffL);
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = mt.next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = be.length - 4 * (w + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(be));
    }

    /** An instance of a user subclass ({@code random.Random}): it has a {@code __dict__}. */
    static final class Sub extends PyRandom implements HasDict, org.taipan.runtime.HasSlotValues {
        private PyDict dict;
        /** Values of its {@code __slots__} members, by name (made by the first store). */
        private PyDict slotValues;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }

        @Override
        public PyDict slotValues(boolean create) {
            if (slotValues == null && create) {
                slotValues = new PyDict();
            }
            return slotValues;
        }
    }
}
