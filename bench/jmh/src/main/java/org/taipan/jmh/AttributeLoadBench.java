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
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * {@code obj.name} through {@link Abstract#getAttr}, as {@code LOAD_ATTR} does, on an instance
 * of a user class three levels deep: an instance attribute, a class attribute found on a
 * base class, and a method (which creates a bound method). Nanoseconds per load.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AttributeLoadBench {
    private PythonModule module;
    private PyObject point;
    private PyStr instanceName;
    private PyStr className;
    private PyStr methodName;

    @Setup
    public void setUp() {
        module = PythonModule.run("""
                class Base:
                    dimensions = 3
                    def norm(self):
                        return abs(self.x) + abs(self.y)
                class Middle(Base):
                    pass
                class Point(Middle):
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                        self.z = 0
                p = Point(3, 4)
                """);
        point = module.get("p");
        instanceName = PyStr.of("y");
        className = PyStr.of("dimensions");
        methodName = PyStr.of("norm");
    }

    @TearDown
    public void tearDown() {
        module.close();
    }

    @Benchmark
    public PyObject instanceAttribute() {
        return Abstract.getAttr(point, instanceName);
    }

    @Benchmark
    public PyObject inheritedClassAttribute() {
        return Abstract.getAttr(point, className);
    }

    @Benchmark
    public PyObject boundMethod() {
        return Abstract.getAttr(point, methodName);
    }
}
