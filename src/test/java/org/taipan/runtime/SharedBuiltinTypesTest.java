package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

/**
 * Builtin types are static and shared by every interpreter in the JVM, whose threads read their
 * dicts without locks: nothing may change them once their class initializer has made them (an
 * interpreter starting up used to add {@code __class_getitem__} to {@code tuple} and others, and
 * two doing so at once, or one while another thread ran {@code dir(tuple)}, could leave a null key
 * in the shared dict).
 */
class SharedBuiltinTypesTest {
    /**
     * Interpreters started on several threads at once in a fresh set of classes (as the first
     * interpreters of a JVM are) change no builtin type and all see the same {@code dir()}.
     */
    @Test
    void interpretersStartingTogetherLeaveBuiltinTypesAlone() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        // The platform loader as parent: Taipan's classes (and so its static builtin types) load afresh.
        try (URLClassLoader fresh = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            Class<?> probe = fresh.loadClass(SharedBuiltinTypesProbe.class.getName());
            assertEquals(fresh, probe.getClassLoader());
            @SuppressWarnings("unchecked")
            Callable<String> p = (Callable<String>) probe.getDeclaredConstructor().newInstance();
            assertNull(p.call());
        }
    }

    /** A complete builtin type refuses any change made through its set-up methods. */
    @Test
    void completeBuiltinTypeRefusesChanges() {
        assertThrows(IllegalStateException.class, () -> PyTuple.TYPE.addAttr("x", PyNone.NONE));
        assertThrows(IllegalStateException.class, () -> PyList.TYPE.addMethodNoArgs("y", self -> self));
        assertThrows(IllegalStateException.class, PyDict.TYPE::modified);
        assertThrows(IllegalStateException.class, PySet.TYPE::ready);
        assertNull(PyTuple.TYPE.dict().getItem(PyStr.of("x")));
        assertNull(PyList.TYPE.dict().getItem(PyStr.of("y")));
    }

    /**
     * Python code cannot change a builtin type either, not even through {@code type}'s own
     * descriptors (CPython's {@code type.__dict__['__abstractmethods__'].__set__(tuple, ...)} writes
     * its static type; here it is refused as {@code setattr} refuses it).
     */
    @Test
    void pythonCannotChangeBuiltinTypesThroughDescriptors() {
        try (org.taipan.embed.PythonInterpreter py = org.taipan.embed.PythonInterpreter.create()) {
            py.exec("""
                    out = []
                    for attr, v in [("__module__", "m"), ("__abstractmethods__", frozenset()), ("__doc__", "d"),
                                    ("__name__", "n"), ("__qualname__", "q")]:
                        for op in (lambda d: d.__set__(tuple, v), lambda d: d.__delete__(tuple)):
                            try:
                                op(type.__dict__[attr])
                                out.append("changed " + attr)
                            except TypeError as e:
                                out.append(str(e))
                    """);
            assertEquals(List.of("cannot set '__module__' attribute of immutable type 'tuple'",
                    "cannot set '__module__' attribute of immutable type 'tuple'",
                    "cannot set '__abstractmethods__' attribute of immutable type 'tuple'",
                    "cannot set '__abstractmethods__' attribute of immutable type 'tuple'",
                    "cannot set '__doc__' attribute of immutable type 'tuple'",
                    "cannot set '__doc__' attribute of immutable type 'tuple'",
                    "cannot set '__name__' attribute of immutable type 'tuple'",
                    "cannot set '__name__' attribute of immutable type 'tuple'",
                    "cannot set '__qualname__' attribute of immutable type 'tuple'",
                    "cannot set '__qualname__' attribute of immutable type 'tuple'"), py.eval("out"));
        }
    }
}
