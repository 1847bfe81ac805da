package org.taipan.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * Calls through {@link Callables#call}, as {@code CALL} does: a Python function of two
 * positional arguments (frame creation, argument binding, a short bytecode body), a builtin
 * function ({@code len}), a class (instance creation and {@code __init__}), and a Python
 * function with a default and a keyword argument. Nanoseconds per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallBench {
    private static final String[] KEYWORD_C = {"c"};

    private PythonModule module;
    private PyObject add;
    private PyObject addWithDefaults;
    private PyObject len;
    private PyObject pointClass;
    private PyObject list;
    private PyObject one;
    private PyObject two;

    @Setup
    public void setUp() {
        module = PythonModule.run("""
                def add(a, b):
                    return a + b
                def add3(a, b=2, c=3):
                    return a + b + c
                class Point:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                items = [1, 2, 3]
                size = len
                """);
        add = module.get("add");
        addWithDefaults = module.get("add3");
        len = module.get("size");
        pointClass = module.get("Point");
        list = module.get("items");
        one = PyInt.of(1);
        two = PyInt.of(2);
    }

    @TearDown
    public void tearDown() {
        module.close();
    }

    @Benchmark
    public PyObject pythonFunction() {
        return Callables.call(add, one, two);
    }

    @Benchmark
    public PyObject pythonFunctionWithKeyword() {
        return Callables.call(addWithDefaults, new PyObject[] {one, two}, KEYWORD_C);
    }

    @Benchmark
    public PyObject builtinFunction() {
        return Callables.call(len, list);
    }

    @Benchmark
    public PyObject classInstantiation() {
        return Callables.call(pointClass, one, two);
    }
}
