package org.taipan.compile;

import org.taipan.ast.Pos;

/**
 * An entry of the compile-time block stack (CPython's {@code fblockinfo}): what must be
 * undone when {@code return}, {@code break} or {@code continue} leaves the block.
 */
record FrameBlock(Kind kind, BasicBlock block, BasicBlock exit, Object datum, Pos pos) {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR
    }
}
