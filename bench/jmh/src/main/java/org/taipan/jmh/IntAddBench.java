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
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;

/**
 * {@code a + b} through {@link Abstract#add}, as {@code BINARY_OP} does: small ints, ints
 * whose sum overflows 64 bits (the BigInteger path), an int plus a float (mixed types), and
 * floats. The operands live in fields so the JIT cannot fold them. Nanoseconds per addition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IntAddBench {
    private PythonModule module;
    private PyObject small1;
    private PyObject small2;
    private PyObject big1;
    private PyObject big2;
    private PyObject float1;
    private PyObject float2;

    @Setup
    public void setUp() {
        // The interpreter is only needed for raising errors; entered all the same, as in real code.
        module = PythonModule.run("pass");
        small1 = PyInt.of(1234);
        small2 = PyInt.of(-77);
        big1 = PyInt.of(Long.MAX_VALUE - 3);
        big2 = PyInt.of(Long.MAX_VALUE / 2);
        float1 = PyFloat.of(1.5);
        float2 = PyFloat.of(-0.25);
    }

    @TearDown
    public void tearDown() {
        module.close();
    }

    @Benchmark
    public PyObject smallInts() {
        return Abstract.add(small1, small2);
    }

    @Benchmark
    public PyObject intsBeyond64Bits() {
        return Abstract.add(big1, big2);
    }

    @Benchmark
    public PyObject intPlusFloat() {
        return Abstract.add(small1, float1);
    }

    @Benchmark
    public PyObject floats() {
        return Abstract.add(float1, float2);
    }
}
