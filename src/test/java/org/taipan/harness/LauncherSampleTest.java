package org.taipan.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A sample of the differential programs run through the real {@code ./taipan} launcher, each as
 * its own process in its own directory ({@code taipan name.py}, as CPython was run): the
 * in-process harness and the command line must agree with CPython alike.
 */
class LauncherSampleTest {
    static final int SAMPLE_SIZE = 5;

    /** Programs spread evenly over the sorted corpus, so every area tends to be represented. */
    static List<PythonProgram> sample() {
        List<PythonProgram> all = Corpus.programs();
        List<PythonProgram> sample = new ArrayList<>();
        int n = Math.min(SAMPLE_SIZE, all.size());
        for (int i = 0; i < n; i++) {
            sample.add(all.get(i * all.size() / n));
        }
        return sample;
    }

    @TestFactory
    Stream<DynamicTest> sampleRunsThroughTheLauncher() {
        Map<String, String> knownFailures = Corpus.knownFailures();
        return sample().stream().map(program -> DynamicTest.dynamicTest(program.relativePath() + " [./taipan]",
                program.file().toUri(), () -> {
                    Launcher.Result result = Launcher.run(program.directory(), Map.of(), program.fileName());
                    Outcome actual = new Outcome(result.status(), result.stdout(),
                            InProcessRunner.withDirPlaceholder(result.stderr(), program));
                    DifferentialTest.check(program, "./taipan", actual, knownFailures.get(program.relativePath()));
                }));
    }
}
