package org.taipan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.ast.Pos;

class SmokeTest {
    @Test
    void spanJoinsPositions() {
        Pos p = Pos.span(new Pos(1, 2, 1, 5), new Pos(3, 0, 3, 4));
        assertEquals(new Pos(1, 2, 3, 4), p);
    }
}
