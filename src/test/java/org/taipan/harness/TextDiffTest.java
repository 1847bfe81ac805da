package org.taipan.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void showsChangedLinesWithContext() {
        String expected = "a\nb\nc\nd\ne\nf\n";
        String actual = "a\nb\nc\nD\ne\nf\n";
        assertEquals("  a\n  b\n  c\n- d\n+ D\n  e\n  f\n", TextDiff.diff(expected, actual, null, null));
    }

    @Test
    void alignsInsertionsAndMarksMissingFinalNewline() {
        assertEquals("  x\n- y\n+ new\n+ y⏎(no newline at end)\n", TextDiff.diff("x\ny\n", "x\nnew\ny", null, null));
    }

    @Test
    void makesTrailingBlanksAndControlsVisible() {
        assertEquals("- a\n+ a ·(trailing blanks)\n+ \\x1b\n", TextDiff.diff("a\n", "a \n\u001b\n", null, null));
    }

    @Test
    void outcomeReportsEveryDifference() {
        Outcome expected = new Outcome(0, "1\n".getBytes(StandardCharsets.UTF_8), "");
        Outcome actual = new Outcome(1, "1\n".getBytes(StandardCharsets.UTF_8), "Traceback\n");
        List<String> problems = actual.differencesFrom(expected);
        assertEquals(List.of("exit status: expected 0, got 1",
                "stderr differs (- CPython, + Taipan):\n+ Traceback\n"), problems);
        assertEquals(List.of(), expected.differencesFrom(expected));
    }
}
