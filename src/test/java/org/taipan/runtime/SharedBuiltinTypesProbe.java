package org.taipan.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.taipan.builtins.IteratorTypes;
import org.taipan.embed.PythonInterpreter;

/**
 * Run by {@link SharedBuiltinTypesTest} in a class loader of its own, so that it sees the builtin
 * types as a JVM that has never made an interpreter does: records every builtin type's version
 * tag, then starts interpreters on several threads at once, each calling {@code dir()} on the
 * builtin types while the others are still starting, and checks that no type changed and every
 * thread saw the same names.
 *
 * <p>{@link #call} returns null when all is well, else a description of what went wrong.
 */
public final class SharedBuiltinTypesProbe implements Callable<String> {
    private static final int THREADS = 6;
    private static final int ROUNDS = 40;

    private static final String PROGRAM = """
            TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple,
                     dict, set, frozenset, range, slice, staticmethod, classmethod, property, super, enumerate,
                     zip, map, filter, reversed, BaseException, Exception, KeyError, BaseExceptionGroup,
                     ExceptionGroup]
            names = [dir(t) for t in TYPES]
            class C(list):
                def f(self):
                    return super().__len__()
            for i in range(%d):
                for t, d in zip(TYPES, names):
                    if dir(t) != d:
                        raise AssertionError(t.__name__ + " changed")
                aliases = (list[int], tuple[int, str], dict[str, int], set[int], frozenset[int], enumerate[int],
                           BaseExceptionGroup[int])
                assert C([1, 2]).f() == 2
            """.formatted(ROUNDS);

    /** Public, with a public constructor: the test makes it reflectively from another class loader. */
    public SharedBuiltinTypesProbe() {}

    @Override
    public String call() throws Exception {
        Map<PyType, Integer> before = versions();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    try (PythonInterpreter py = PythonInterpreter.create()) {
                        py.exec(PROGRAM);
                        seen.add(py.eval("names"));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "probe-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join(TimeUnit.MINUTES.toMillis(5));
            if (th.isAlive()) {
                return th.getName() + " still running";
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Throwable e : failures) {
                sb.append(e).append('\n');
            }
            return sb.toString();
        }
        if (seen.stream().distinct().count() != 1) {
            return "threads saw different dir() results: " + seen;
        }
        Map<PyType, Integer> after = versions();
        for (Map.Entry<PyType, Integer> e : before.entrySet()) {
            if (!after.get(e.getKey()).equals(e.getValue())) {
                return "builtin type '" + e.getKey().name() + "' changed after its class initialization";
            }
        }
        return null;
    }

    /** The version tag of each builtin type the program uses (initializing their classes). */
    private static Map<PyType, Integer> versions() {
        List<PyType> types = new ArrayList<>(List.of(PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
                PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE,
                PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET, PyRange.TYPE, PySlice.TYPE, PyStaticMethod.TYPE,
                PyClassMethod.TYPE, PyProperty.TYPE, PySuper.TYPE, IteratorTypes.ENUMERATE, IteratorTypes.ZIP,
                IteratorTypes.MAP, IteratorTypes.FILTER, ReversedIterator.TYPE));
        types.addAll(ExceptionTypes.ALL.values());
        Map<PyType, Integer> v = new LinkedHashMap<>();
        for (PyType t : types) {
            v.put(t, t.versionTag());
        }
        return v;
    }
}
