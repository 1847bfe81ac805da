package org.taipan.modules.weakref;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import org.taipan.modules.TypedObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * What a weak reference and a weak proxy share (CPython's {@code PyWeakReference}): a Java
 * {@link WeakReference} to the referent, so the JVM's collector decides when the referent dies,
 * and the optional callback that the interpreter's thread calls once it has.
 */
abstract class WeakBase extends TypedObject {
    /** The Java reference; it points back here so that a dead referent leads to this object's callback. */
    static final class Ref extends WeakReference<PyObject> {
        final WeakBase owner;

        Ref(PyObject referent, ReferenceQueue<PyObject> queue, WeakBase owner) {
            super(referent, queue);
            this.owner = owner;
        }
    }

    final Ref ref;
    /** The callback, or null; cleared once it has been called (CPython's {@code wr_callback}). */
    PyObject callback;
    /** Creation order: callbacks of one collection run newest first, as CPython's list order gives. */
    final long seq;
    /** The referent's identity hash, under which the registry files this reference. */
    final int referentId;

    WeakBase(PyType type, PyObject referent, PyObject callback, WeakRegistry registry) {
        super(type);
        this.callback = callback;
        this.ref = new Ref(referent, registry.queue(), this);
        this.referentId = System.identityHashCode(referent);
        this.seq = registry.add(this, referent);
    }

    /** The referent, or null once it has died. */
    final PyObject get() {
        return ref.get();
    }

    /** The referent of a proxy: ReferenceError once it has died. */
    final PyObject live() {
        PyObject o = ref.get();
        if (o == null) {
            throw Errors.of(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }
}
