package org.taipan.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * The interpreter's dispatch loop on small Python loops, per iteration: {@code total += i}
 * over a range (FOR_ITER, STORE_FAST, LOAD_FAST, BINARY_OP), the same with an attribute load
 * and store on an instance, and with a call to a Python function. The Python-level
 * counterpart of the other benchmarks here. Nanoseconds per loop iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoopBench {
    private static final int ITERATIONS = 1000;

    private PythonModule module;
    private PyObject sumLoop;
    private PyObject attributeLoop;
    private PyObject callLoop;
    private PyObject count;

    @Setup
    public void setUp() {
        module = PythonModule.run("""
                def sum_loop(n):
                    total = 0
                    for i in range(n):
                        total += i
                    return total
                class Counter:
                    def __init__(self):
                        self.value = 0
                def attribute_loop(n):
                    c = Counter()
                    for i in range(n):
                        c.value = c.value + i
                    return c.value
                def step(a, b):
                    return a + b
                def call_loop(n):
                    total = 0
                    for i in range(n):
                        total = step(total, i)
                    return total
                """);
        sumLoop = module.get("sum_loop");
        attributeLoop = module.get("attribute_loop");
        callLoop = module.get("call_loop");
        count = PyInt.of(ITERATIONS);
    }

    @TearDown
    public void tearDown() {
        module.close();
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject rangeSum() {
        return Callables.call(sumLoop, count);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject attributeUpdate() {
        return Callables.call(attributeLoop, count);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public PyObject functionCall() {
        return Callables.call(callLoop, count);
    }
}
