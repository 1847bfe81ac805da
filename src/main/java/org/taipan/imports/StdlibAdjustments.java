package org.taipan.imports;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The few changes Taipan makes to a standard-library module right after its body ran (Taipan
 * reads CPython's own files, so it cannot edit them), each where the module takes for granted
 * something CPython has and Taipan has not:
 * <ul>
 *   <li>{@code importlib._bootstrap_external}: the magic number of Taipan's bytecode
 *       ({@link PycMagic});</li>
 *   <li>{@code multiprocessing.context}: {@code spawn} is the default and only start method.
 *       CPython's module makes {@code fork} the default on Linux, but a JVM cannot fork (its
 *       other threads would not exist in the child), so Taipan has no {@code os.fork} and
 *       {@code forkserver}'s server could not fork either. The module then looks as it does
 *       where CPython has no fork (Windows): {@code get_all_start_methods()} is {@code ['spawn']},
 *       and {@code get_context('fork')} is "ValueError: cannot find context for 'fork'". CPython
 *       makes the same choice of default on macOS, where forking is unsafe.</li>
 * </ul>
 */
final class StdlibAdjustments {
    private StdlibAdjustments() {}

    static final String MULTIPROCESSING_CONTEXT = "multiprocessing.context";

    /** Adjusts the module whose namespace is {@code globals}, if it is one of those above. */
    static void afterExec(PyDict globals) {
        if (!(globals.getItem(PyStr.of("__name__")) instanceof PyStr name)) {
            return;
        }
        switch (name.toString()) {
            case PycMagic.MODULE -> PycMagic.install(globals);
            case MULTIPROCESSING_CONTEXT -> spawnOnly(globals);
            default -> { }
        }
    }

    private static void spawnOnly(PyDict globals) {
        PyObject os = globals.getItem(PyStr.of("os"));
        if (!(globals.getItem(PyStr.of("_concrete_contexts")) instanceof PyDict contexts)
                || globals.getItem(PyStr.of("DefaultContext")) == null
                || os == null || Abstract.lookupAttr(os, PyStr.of("fork")) != null) {
            // not the module this is written for, or a fork after all: left as it is
            return;
        }
        PyObject spawn = contexts.getItem(PyStr.of("spawn"));
        if (spawn == null) {
            return;
        }
        for (String unusable : new String[] {"fork", "forkserver"}) {
            if (contexts.getItem(PyStr.of(unusable)) != null) {
                contexts.delItem(PyStr.of(unusable));
            }
        }
        PyObject defaultContext = globals.getItem(PyStr.of("DefaultContext"));
        globals.setItem(PyStr.of("_default_context"), Callables.call(defaultContext, spawn));
        // a builtin function is not a descriptor: called through an instance, it gets no self
        Abstract.setAttr(defaultContext, PyStr.of("get_all_start_methods"),
                new PyBuiltinFunction("get_all_start_methods", (a, k) -> {
                    Args.noKeywords("get_all_start_methods", k);
                    return new PyList(new PyObject[] {PyStr.of("spawn")});
                }));
    }
}
