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
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code d[key]} through the object protocol ({@link Abstract#getItem}), as
 * {@code BINARY_SUBSCR} does: a str key equal to but not identical with the stored one (so
 * the hash is cached but equality is compared), an int key, and a miss ({@code key in d}).
 * Nanoseconds per lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DictLookupBench {
    private PythonModule module;
    private PyObject strDict;
    private PyObject intDict;
    private PyObject strKey;
    private PyObject intKey;
    private PyObject missingKey;

    @Setup
    public void setUp() {
        module = PythonModule.run("""
                by_name = {"key%d" % i: i for i in range(64)}
                by_number = {i * 7: i for i in range(64)}
                """);
        strDict = module.get("by_name");
        intDict = module.get("by_number");
        strKey = PyStr.of("key" + 37);
        intKey = PyInt.of(7 * 37);
        missingKey = PyStr.of("absent");
    }

    @TearDown
    public void tearDown() {
        module.close();
    }

    @Benchmark
    public PyObject strKey() {
        return Abstract.getItem(strDict, strKey);
    }

    @Benchmark
    public PyObject intKey() {
        return Abstract.getItem(intDict, intKey);
    }

    @Benchmark
    public boolean missingStrKey() {
        return Abstract.contains(strDict, missingKey);
    }
}
