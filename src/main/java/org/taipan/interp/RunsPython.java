package org.taipan.interp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a trace helper (the target of an IR {@code CALL_HELPER}) that may run Python code able to
 * look at the frame the trace runs on: {@code sys._getframe(1).f_locals} in a class's
 * {@code __init__} or in a generator's body sees the loop's locals as they are at the call, as in
 * CPython. A compiled trace keeps locals in JVM locals (unboxed) and writes them to the frame only
 * at exits, so before calling such a helper it writes its frame's local variables first
 * ({@code jit.emit.TraceWriter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RunsPython {}
