package org.taipan.runtime;

/**
 * An instance of a user class whose builtin ancestor is {@code object}. Its attributes live in
 * a {@code __dict__} for now; shapes (hidden classes) are the planned faster layout.
 */
public class PyInstance extends PyObject implements HasDict {
    private PyType type;
    private PyDict dict;
    /** Values of {@code __slots__} members, by name (created on first store). */
    PyDict slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    void setDict(PyDict d) {
        dict = d;
    }

    /** Retypes the instance ({@code obj.__class__ = C}); the caller checked layout compatibility. */
    void setType(PyType t) {
        type = t;
    }

    /**
     * An instance of a class with {@code __del__}: the JVM's finalization only hands it to its
     * interpreter's {@link Finalization} queue (resurrecting it); {@code __del__} itself runs on
     * the interpreter's thread. Classes without {@code __del__} never pay for this.
     */
    public static final class Finalizable extends PyInstance implements Finalization.Target {
        private final Finalization owner;
        private final long seq;
        private volatile boolean done;

        Finalizable(PyType type, Finalization owner) {
            super(type);
            this.owner = owner;
            this.seq = owner.register();
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected void finalize() {
            if (!done) {
                owner.enqueue(this);
            }
        }

        @Override
        public long seq() {
            return seq;
        }

        @Override
        public boolean claim() {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }

        @Override
        public PyObject ignoredIn() {
            PyObject del = type().lookup("__del__");
            return del == null ? this : del;
        }

        @Override
        public void runFinalizer() {
            Slots.Unary f = type().tp_finalize;
            if (f != null) {
                f.call(this);
            }
        }
    }
}
