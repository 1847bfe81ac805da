/**
 * Embedding Taipan in Java applications: {@link org.taipan.embed.PythonInterpreter} (made by its
 * builder) runs Python code and returns values, {@link org.taipan.embed.PythonObject} is a handle
 * on a Python object, {@link org.taipan.embed.Conversions} copies values between the two
 * languages, {@link org.taipan.embed.PythonException} and {@link org.taipan.embed.PythonExit}
 * bring Python exceptions and {@code SystemExit} to the host.
 *
 * <p>Policies, in one place: values are <em>copied</em> across the boundary (a Java list given
 * to Python becomes a new Python list), except {@code PythonObject} handles, which stand for the
 * Python object itself. Any Java thread may call in; each gets its own Python thread state and
 * takes the interpreter's GIL for the call. Python code never ends the JVM: {@code SystemExit}
 * is thrown to the host as {@code PythonExit}.
 */
package org.taipan.embed;
