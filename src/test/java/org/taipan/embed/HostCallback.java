package org.taipan.embed;

/** A public host object that Python code calls through the Java-interop layer, and that calls back into the interpreter. */
public final class HostCallback {
    /** Evaluates {@code expression} in {@code py}: a re-entry from inside a Java call made by Python code. */
    public Object apply(PythonInterpreter py, String expression) {
        return py.eval(expression);
    }
}
