package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

import org.taipan.interp.PendingEventHandler;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ThreadState;

/**
 * One run of a compiled pattern over a subject (CPython's {@code SRE_STATE} with the engine of
 * {@code sre_lib.h}): the bounds, the group marks, and the matcher itself.
 *
 * <p>The matcher is iterative. Where CPython's {@code SRE(match)} "recurses" into a sub-pattern
 * ({@code DO_JUMP}), this one pushes a {@link Ctx} recording the jump kind, the program counter
 * and the position to come back to, and continues with the sub-pattern; when a context returns
 * its result the parent context resumes at the step named by its jump kind. The Java stack
 * therefore does not grow with the subject or the pattern's nesting: {@code (a|b)*} over a
 * million characters needs a million contexts on the heap, not Java frames. The only Java
 * re-entry is {@link #count} running a one-character item through {@link #match}, which cannot
 * nest further.
 *
 * <p>Positions are character indexes into the subject; a mark of {@code -1} is CPython's NULL
 * mark (group not reached). Every 4096 steps the matcher polls the interpreter's pending events,
 * so a runaway backtracking match can be interrupted with Ctrl-C (KeyboardInterrupt), as
 * CPython's {@code MAYBE_CHECK_SIGNALS}.
 */
final class SreState {
    // Jump kinds: where a parent context resumes when the child it pushed returns.
    private static final int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
            JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7,
            JUMP_REPEAT_ONE_1 = 8, JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11,
            JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13, JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15,
            JUMP_ATOMIC_GROUP = 16;

    /** A matching context (CPython's {@code SRE(match_context)}); reused from a pool. */
    private static final class Ctx {
        int jump;
        boolean toplevel;
        /** Where to resume: the program counter and position saved at the jump. */
        int pc, ptr;
        long count;
        int chr;
        Repeat rep;
        int lastmark, lastindex;
    }

    /** An active {@code REPEAT ... UNTIL} (CPython's {@code SRE_REPEAT}). */
    private static final class Repeat {
        long count;
        /** Index of the REPEAT operands: skip, min, max, then the body. */
        final int pc;
        int lastPtr = -1;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
            this.count = -1;
        }
    }

    final int[] code;
    final Subject subject;
    /** The clamped {@code pos} and {@code endpos} given. */
    final int pos, endpos;
    /** Where the current match attempt started ({@code state->start}); -1 once a scanner is exhausted. */
    int start;
    /** End of the searchable part (exclusive). */
    final int end;
    /** The position the matcher hands around ({@code state->ptr}). */
    int ptr;
    final int[] mark;
    int lastmark = -1, lastindex = -1;
    private Repeat repeat;
    boolean matchAll, mustAdvance;

    /**
     * The stacks of a run, kept between runs by the pattern ({@link PyPattern#takeScratch}) so that
     * a match allocates no contexts once the pattern has been used.
     */
    static final class Scratch {
        /** Saved marks and repeat positions (CPython's data stack). */
        int[] dstack = new int[64];
        Ctx[] ctxs = new Ctx[16];
    }

    private final Scratch scratch;
    private int[] dstack;
    private int dsp;
    private Ctx[] ctxs;
    private int csp;
    private int sigcount;
    /** Per-set bitmaps of the characters below 256, built on first use ({@link SreCharset}). */
    final long[][] setCache;

    /**
     * A state over {@code subject} between {@code pos} and {@code endpos} (clamped to the subject,
     * as CPython's {@code state_init}), for a pattern with {@code groups} groups.
     */
    SreState(int[] code, long[][] setCache, Scratch scratch, int groups, Subject subject, long pos, long endpos) {
        this.code = code;
        this.setCache = setCache;
        this.scratch = scratch;
        this.dstack = scratch.dstack;
        this.ctxs = scratch.ctxs;
        this.subject = subject;
        int length = subject.length;
        int s = (int) Math.max(0, Math.min(pos, length));
        int e = (int) Math.max(0, Math.min(endpos, length));
        this.pos = s;
        this.endpos = e;
        this.start = s;
        this.end = e;
        this.ptr = s;
        this.mark = new int[Math.max(2, groups * 2)];
    }

    /** The stacks, grown as they may have been, to give back to the pattern after the last run. */
    Scratch scratch() {
        scratch.dstack = dstack;
        scratch.ctxs = ctxs;
        return scratch;
    }

    /** {@code state_reset}: before each new attempt of findall, split, sub, scanners. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dsp = 0;
        csp = 0;
    }

    // ---- entry points ----

    /**
     * Runs {@code op} ({@link #match()} or {@link #search()}), turning a failure of the engine
     * itself into CPython's RuntimeError rather than a Java exception, and running out of heap on
     * a huge backtracking stack into MemoryError.
     */
    int run(java.util.function.ToIntFunction<SreState> op) {
        try {
            return op.applyAsInt(this);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw internalError();
        } catch (OutOfMemoryError e) {
            dstack = scratch.dstack = new int[64];
            ctxs = scratch.ctxs = new Ctx[16];
            throw Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError);
        }
    }

    /** {@code sre_match} at {@link #start}: 1 on a match (with {@link #ptr} at its end), else 0. */
    int match() {
        ptr = start;
        return match(0, true);
    }

    /** {@code sre_search} from {@link #start}: 1 on a match ({@link #start}..{@link #ptr}), else 0. */
    int search() {
        int p = start;
        int e = end;
        if (p > e) {
            return 0;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = 0, overlap = 0, charset = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && e - p < min) {
                return 0;
            }
            if (min > 1) {
                // Leave room for the shortest match, but at least one position for a literal search.
                e -= (int) (min - 1);
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        Subject s = subject;
        if (prefixLen == 1) {
            int c = code[prefix];
            e = end;
            mustAdvance = false;
            while (p < e) {
                p = s.indexOf(c, p, e);
                if (p < 0) {
                    return 0;
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return 1;
                }
                int status = match(pc + 2 * prefixSkip, false);
                if (status != 0) {
                    return status;
                }
                ++p;
                lastmark = lastindex = -1;
            }
            return 0;
        }
        if (prefixLen > 1) {
            e = end;
            if (prefixLen > e - p) {
                return 0;
            }
            while (p < e) {
                int c = code[prefix];
                p = s.indexOf(c, p, e);
                if (p < 0) {
                    return 0;
                }
                if (++p >= e) {
                    return 0;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (s.at(p) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= e) {
                                return 0;
                            }
                            continue;
                        }
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return 1;
                        }
                        int status = match(pc + 2 * prefixSkip, false);
                        if (status != 0) {
                            return status;
                        }
                        if (++p >= e) {
                            return 0;
                        }
                        lastmark = lastindex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }
        int status;
        if (charset >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !SreCharset.in(setCache, code, charset, s.at(p))) {
                    p++;
                }
                if (p >= e) {
                    return 0;
                }
                start = p;
                ptr = p;
                status = match(pc, false);
                if (status != 0) {
                    break;
                }
                p++;
                lastmark = lastindex = -1;
            }
        } else {
            start = ptr = p;
            status = match(pc, true);
            mustAdvance = false;
            if (status == 0 && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
                // Anchored at the start of the string: no later position can match.
                start = ptr = e;
                return 0;
            }
            // Positions where the pattern's first instruction fails cannot start a match: pass
            // over them without entering the matcher.
            int op0 = code[pc];
            while (status == 0 && p < e) {
                p++;
                if (!canStart(op0, pc + 1, p)) {
                    continue;
                }
                lastmark = lastindex = -1;
                start = ptr = p;
                status = match(pc, false);
            }
        }
        return status;
    }

    // ---- the data stack: saved marks and repeat positions ----

    private void dpush(int v) {
        if (dsp == dstack.length) {
            dstack = java.util.Arrays.copyOf(dstack, dsp * 2);
        }
        dstack[dsp++] = v;
    }

    private int dpop() {
        return dstack[--dsp];
    }

    /** {@code MARK_PUSH}: saves marks {@code 0..lastmark}. */
    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dsp + n > dstack.length) {
                dstack = java.util.Arrays.copyOf(dstack, Math.max(dstack.length * 2, dsp + n));
            }
            System.arraycopy(mark, 0, dstack, dsp, n);
            dsp += n;
        }
    }

    /** {@code MARK_POP}: restores the saved marks and drops them. */
    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            dsp -= n;
            System.arraycopy(dstack, dsp, mark, 0, n);
        }
    }

    /** {@code MARK_POP_KEEP}: restores the saved marks and keeps them saved. */
    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(dstack, dsp - n, mark, 0, n);
        }
    }

    /** {@code MARK_POP_DISCARD}. */
    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dsp -= lm + 1;
        }
    }

    private Ctx pushCtx(int jump, boolean toplevel) {
        if (csp == ctxs.length) {
            ctxs = java.util.Arrays.copyOf(ctxs, csp * 2);
        }
        Ctx c = ctxs[csp];
        if (c == null) {
            c = ctxs[csp] = new Ctx();
        }
        csp++;
        c.jump = jump;
        c.toplevel = toplevel;
        return c;
    }

    private void checkSignals() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.events.pending) {
            PendingEventHandler.handle(ts);
        }
    }

    private static RuntimeException internalError() {
        return Errors.runtimeError("internal error in regular expression engine");
    }

    // ---- the matcher ----

    /**
     * {@code SRE(match)}: matches the code at {@code startPc} at {@link #ptr}; on success returns 1
     * with {@link #ptr} at the end of the match, else 0. {@code toplevel} enables the
     * {@link #matchAll} and {@link #mustAdvance} checks at the final SUCCESS.
     */
    int match(int startPc, boolean toplevel) {
        final int[] code = this.code;
        final int end = this.end;
        final Subject s = this.subject;
        final int base = csp;
        Ctx ctx = pushCtx(JUMP_NONE, toplevel);
        int pc = startPc;
        int ptr = 0;
        int ret = 0;
        boolean resume = false;

        outer:
        for (;;) {
            body:
            {
                if (!resume) {
                    // Entering a context: the position comes in through the state.
                    ptr = this.ptr;
                    if (code[pc] == INFO) {
                        long min = code[pc + 3] & 0xFFFFFFFFL;
                        if (min != 0 && end - ptr < min) {
                            ret = 0;
                            break body;
                        }
                        pc += code[pc + 1] + 1;
                    }
                }
                resume = false;
                for (;;) {
                    if ((++sigcount & 0xfff) == 0) {
                        checkSignals();
                    }
                    switch (code[pc++]) {
                        case MARK: {
                            int i = code[pc];
                            if ((i & 1) != 0) {
                                lastindex = i / 2 + 1;
                            }
                            if (i > lastmark) {
                                // Marks skipped over between the old and new highest were not reached.
                                for (int j = lastmark + 1; j < i; j++) {
                                    mark[j] = -1;
                                }
                                lastmark = i;
                            }
                            mark[i] = ptr;
                            pc++;
                            continue;
                        }
                        case LITERAL:
                            if (ptr >= end || s.at(ptr) != code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL:
                            if (ptr >= end || s.at(ptr) == code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case SUCCESS:
                            if (ctx.toplevel && (matchAll && ptr != end || mustAdvance && ptr == start)) {
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr;
                            ret = 1;
                            break body;
                        case AT:
                            if (!at(ptr, code[pc])) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            continue;
                        case CATEGORY:
                            if (ptr >= end || !SreChars.category(code[pc], s.at(ptr))) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case ANY:
                            if (ptr >= end || s.at(ptr) == '\n') {
                                ret = 0;
                                break body;
                            }
                            ptr++;
                            continue;
                        case ANY_ALL:
                            if (ptr >= end) {
                                ret = 0;
                                break body;
                            }
                            ptr++;
                            continue;
                        case IN:
                            if (ptr >= end || !SreCharset.in(setCache, code, pc + 1, s.at(ptr))) {
                                ret = 0;
                                break body;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(s.at(ptr)) != code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(s.at(ptr)) != code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_LOC_IGNORE:
                            if (ptr >= end || !SreChars.charLocIgnore(code[pc], s.at(ptr))) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(s.at(ptr)) == code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(s.at(ptr)) == code[pc]) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_LOC_IGNORE:
                            if (ptr >= end || SreChars.charLocIgnore(code[pc], s.at(ptr))) {
                                ret = 0;
                                break body;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case IN_IGNORE:
                            if (ptr >= end || !SreCharset.in(setCache, code, pc + 1, SreChars.lowerAscii(s.at(ptr)))) {
                                ret = 0;
                                break body;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_UNI_IGNORE:
                            if (ptr >= end || !SreCharset.in(setCache, code, pc + 1, SreChars.lowerUnicode(s.at(ptr)))) {
                                ret = 0;
                                break body;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_LOC_IGNORE:
                            if (ptr >= end || !SreCharset.containsLocIgnore(setCache, code, pc + 1, s.at(ptr))) {
                                ret = 0;
                                break body;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case JUMP:
                        case INFO:
                            pc += code[pc];
                            continue;
                        case BRANCH: {
                            // <BRANCH> <skip> alternative <JUMP> ... <0>
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            int alt = nextAlternative(pc, ptr);
                            if (alt < 0) {
                                if (repeat != null) {
                                    markPopDiscard(ctx.lastmark);
                                }
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr;
                            ctx.pc = alt;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_BRANCH, ctx.toplevel);
                            pc = alt + 1;
                            continue outer;
                        }
                        case REPEAT_ONE: {
                            // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                            long min = code[pc + 1] & 0xFFFFFFFFL;
                            if (min > end - ptr) {
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, code[pc + 2] & 0xFFFFFFFFL);
                            ctx.count = n;
                            ptr += n;
                            if (n < min) {
                                ret = 0;
                                break body;
                            }
                            int next = pc + code[pc];
                            if (code[next] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                // The tail is empty: done.
                                this.ptr = ptr;
                                ret = 1;
                                break body;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            if (code[next] == LITERAL) {
                                // The tail starts with a literal: back off to where it can match.
                                ctx.chr = code[next + 1];
                                while (ctx.count >= min && (ptr >= end || s.at(ptr) != ctx.chr)) {
                                    ptr--;
                                    ctx.count--;
                                }
                                if (ctx.count < min) {
                                    if (repeat != null) {
                                        markPopDiscard(ctx.lastmark);
                                    }
                                    ret = 0;
                                    break body;
                                }
                                this.ptr = ptr;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_REPEAT_ONE_1, ctx.toplevel);
                                pc = next;
                                continue outer;
                            }
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_REPEAT_ONE_2, ctx.toplevel);
                            pc = next;
                            continue outer;
                        }
                        case MIN_REPEAT_ONE: {
                            // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                            long min = code[pc + 1] & 0xFFFFFFFFL;
                            if (min > end - ptr) {
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr;
                            if (min == 0) {
                                ctx.count = 0;
                            } else {
                                int n = count(pc + 3, min);
                                if (n < min) {
                                    ret = 0;
                                    break body;
                                }
                                ctx.count = n;
                                ptr += n;
                            }
                            int next = pc + code[pc];
                            if (code[next] == SUCCESS
                                    && !(ctx.toplevel && (matchAll && ptr != end || mustAdvance && ptr == start))) {
                                this.ptr = ptr;
                                ret = 1;
                                break body;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            long max = code[pc + 2] & 0xFFFFFFFFL;
                            if (max == MAXREPEAT || ctx.count <= max) {
                                this.ptr = ptr;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_MIN_REPEAT_ONE, ctx.toplevel);
                                pc = next;
                                continue outer;
                            }
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            break body;
                        }
                        case POSSESSIVE_REPEAT_ONE: {
                            // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
                            long min = code[pc + 1] & 0xFFFFFFFFL;
                            if (ptr + min > end) {
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, code[pc + 2] & 0xFFFFFFFFL);
                            ptr += n;
                            if (n < min) {
                                ret = 0;
                                break body;
                            }
                            pc += code[pc];
                            if (code[pc] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = 1;
                                break body;
                            }
                            continue;
                        }
                        case REPEAT: {
                            // <REPEAT> <skip> <min> <max> item <UNTIL> tail: the UNTIL does the work.
                            ctx.rep = new Repeat(pc, repeat);
                            repeat = ctx.rep;
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            int target = pc + code[pc];
                            ctx = pushCtx(JUMP_REPEAT, ctx.toplevel);
                            pc = target;
                            continue outer;
                        }
                        case MAX_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) {
                                throw internalError();
                            }
                            ctx.rep = rep;
                            this.ptr = ptr;
                            ctx.count = rep.count + 1;
                            if (ctx.count < (code[rep.pc + 1] & 0xFFFFFFFFL)) {
                                // Not enough repetitions yet.
                                rep.count = ctx.count;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_MAX_UNTIL_1, ctx.toplevel);
                                pc = rep.pc + 3;
                                continue outer;
                            }
                            long max = code[rep.pc + 2] & 0xFFFFFFFFL;
                            if ((ctx.count < max || max == MAXREPEAT) && this.ptr != rep.lastPtr) {
                                // Enough repetitions, but try one more.
                                rep.count = ctx.count;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                markPush(ctx.lastmark);
                                // Zero-width protection: an iteration must move past where the last began.
                                dpush(rep.lastPtr);
                                rep.lastPtr = this.ptr;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_MAX_UNTIL_2, ctx.toplevel);
                                pc = rep.pc + 3;
                                continue outer;
                            }
                            // No more repetitions: the tail must match.
                            repeat = rep.prev;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_MAX_UNTIL_3, ctx.toplevel);
                            continue outer;
                        }
                        case MIN_UNTIL: {
                            Repeat rep = repeat;
                            if (rep == null) {
                                throw internalError();
                            }
                            ctx.rep = rep;
                            this.ptr = ptr;
                            ctx.count = rep.count + 1;
                            if (ctx.count < (code[rep.pc + 1] & 0xFFFFFFFFL)) {
                                rep.count = ctx.count;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_MIN_UNTIL_1, ctx.toplevel);
                                pc = rep.pc + 3;
                                continue outer;
                            }
                            // Enough repetitions: try the tail first.
                            repeat = rep.prev;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_MIN_UNTIL_2, ctx.toplevel);
                            continue outer;
                        }
                        case POSSESSIVE_REPEAT: {
                            // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                            this.ptr = ptr;
                            ctx.count = 0;
                            if (0 < (code[pc + 1] & 0xFFFFFFFFL)) {
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_POSS_REPEAT_1, false);
                                pc = pc + 3;
                                continue outer;
                            }
                            ctx.ptr = -1;
                            int next = possessiveNext(ctx, pc);
                            if (next >= 0) {
                                ctx = ctxs[csp - 1];
                                pc = next;
                                continue outer;
                            }
                            pc += code[pc] + 1;
                            ptr = this.ptr;
                            continue;
                        }
                        case ATOMIC_GROUP: {
                            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_ATOMIC_GROUP, false);
                            pc = pc + 1;
                            continue outer;
                        }
                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int n = groupref(code[pc - 1], code[pc], ptr);
                            if (n < 0) {
                                ret = 0;
                                break body;
                            }
                            ptr += n;
                            pc++;
                            continue;
                        }
                        case GROUPREF_EXISTS: {
                            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                            int g = code[pc] * 2;
                            if (g >= lastmark || mark[g] < 0 || mark[g + 1] < 0 || mark[g + 1] < mark[g]) {
                                pc += code[pc + 1];
                            } else {
                                pc += 2;
                            }
                            continue;
                        }
                        case ASSERT: {
                            // <ASSERT> <skip> <back> pattern
                            long back = code[pc + 1] & 0xFFFFFFFFL;
                            if (ptr < back) {
                                ret = 0;
                                break body;
                            }
                            this.ptr = ptr - (int) back;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = pushCtx(JUMP_ASSERT, false);
                            pc = pc + 2;
                            continue outer;
                        }
                        case ASSERT_NOT: {
                            long back = code[pc + 1] & 0xFFFFFFFFL;
                            if (ptr >= back) {
                                this.ptr = ptr - (int) back;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) {
                                    markPush(ctx.lastmark);
                                }
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = pushCtx(JUMP_ASSERT_NOT, false);
                                pc = pc + 2;
                                continue outer;
                            }
                            pc += code[pc];
                            continue;
                        }
                        case FAILURE:
                            ret = 0;
                            break body;
                        default:
                            throw internalError();
                    }
                }
            }

            // A context returns ret: hand it to the context that jumped into it.
            for (;;) {
                // The jump kind is recorded in the returning context, the resume point in its parent.
                int jump = ctxs[--csp].jump;
                if (csp == base) {
                    return ret;
                }
                ctx = ctxs[csp - 1];
                pc = ctx.pc;
                ptr = ctx.ptr;
                switch (jump) {
                    case JUMP_BRANCH: {
                        if (ret != 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        int alt = nextAlternative(pc + code[pc], ptr);
                        if (alt < 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.pc = alt;
                        ctx = pushCtx(JUMP_BRANCH, ctx.toplevel);
                        pc = alt + 1;
                        continue outer;
                    }
                    case JUMP_REPEAT_ONE_1: {
                        if (ret != 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        long min = code[pc + 1] & 0xFFFFFFFFL;
                        ptr--;
                        ctx.count--;
                        while (ctx.count >= min && (ptr >= end || s.at(ptr) != ctx.chr)) {
                            ptr--;
                            ctx.count--;
                        }
                        if (ctx.count < min) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.ptr = ptr;
                        ctx = pushCtx(JUMP_REPEAT_ONE_1, ctx.toplevel);
                        pc = pc + code[pc];
                        continue outer;
                    }
                    case JUMP_REPEAT_ONE_2: {
                        if (ret != 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        ptr--;
                        ctx.count--;
                        if (ctx.count < (code[pc + 1] & 0xFFFFFFFFL)) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.ptr = ptr;
                        ctx = pushCtx(JUMP_REPEAT_ONE_2, ctx.toplevel);
                        pc = pc + code[pc];
                        continue outer;
                    }
                    case JUMP_MIN_REPEAT_ONE: {
                        if (ret != 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        if (count(pc + 3, 1) == 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            continue;
                        }
                        ptr++;
                        ctx.count++;
                        long max = code[pc + 2] & 0xFFFFFFFFL;
                        if (max != MAXREPEAT && ctx.count > max) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.ptr = ptr;
                        ctx = pushCtx(JUMP_MIN_REPEAT_ONE, ctx.toplevel);
                        pc = pc + code[pc];
                        continue outer;
                    }
                    case JUMP_REPEAT: {
                        repeat = ctx.rep.prev;
                        continue;
                    }
                    case JUMP_MAX_UNTIL_1: {
                        if (ret != 0) {
                            continue;
                        }
                        ctx.rep.count = ctx.count - 1;
                        this.ptr = ptr;
                        continue;
                    }
                    case JUMP_MAX_UNTIL_2: {
                        Repeat rep = ctx.rep;
                        rep.lastPtr = dpop();
                        if (ret != 0) {
                            markPopDiscard(ctx.lastmark);
                            continue;
                        }
                        markPop(ctx.lastmark);
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        rep.count = ctx.count - 1;
                        this.ptr = ptr;
                        // Try the tail, which follows the MAX_UNTIL opcode (where pc points).
                        repeat = rep.prev;
                        ctx = pushCtx(JUMP_MAX_UNTIL_3, ctx.toplevel);
                        continue outer;
                    }
                    case JUMP_MAX_UNTIL_3: {
                        repeat = ctx.rep;
                        if (ret != 0) {
                            continue;
                        }
                        this.ptr = ptr;
                        continue;
                    }
                    case JUMP_MIN_UNTIL_1: {
                        if (ret != 0) {
                            continue;
                        }
                        ctx.rep.count = ctx.count - 1;
                        this.ptr = ptr;
                        continue;
                    }
                    case JUMP_MIN_UNTIL_2: {
                        Repeat repeatOfTail = repeat;
                        Repeat rep = ctx.rep;
                        repeat = rep;
                        if (ret != 0) {
                            if (repeatOfTail != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            continue;
                        }
                        if (repeatOfTail != null) {
                            markPop(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        long max = code[rep.pc + 2] & 0xFFFFFFFFL;
                        if (ctx.count >= max && max != MAXREPEAT || this.ptr == rep.lastPtr) {
                            ret = 0;
                            continue;
                        }
                        // The tail failed: match one more repetition.
                        rep.count = ctx.count;
                        dpush(rep.lastPtr);
                        rep.lastPtr = this.ptr;
                        ctx = pushCtx(JUMP_MIN_UNTIL_3, ctx.toplevel);
                        pc = rep.pc + 3;
                        continue outer;
                    }
                    case JUMP_MIN_UNTIL_3: {
                        Repeat rep = ctx.rep;
                        rep.lastPtr = dpop();
                        if (ret != 0) {
                            continue;
                        }
                        rep.count = ctx.count - 1;
                        this.ptr = ptr;
                        continue;
                    }
                    case JUMP_POSS_REPEAT_1: {
                        if (ret == 0) {
                            this.ptr = ptr;
                            continue;
                        }
                        ctx.count++;
                        if (ctx.count < (code[pc + 1] & 0xFFFFFFFFL)) {
                            ctx = pushCtx(JUMP_POSS_REPEAT_1, false);
                            pc = pc + 3;
                            continue outer;
                        }
                        // Enough repetitions: the second phase starts with no previous position.
                        ctx.ptr = -1;
                        int next = possessiveNext(ctx, pc);
                        if (next >= 0) {
                            ctx = ctxs[csp - 1];
                            pc = next;
                            continue outer;
                        }
                        pc += code[pc] + 1;
                        ptr = this.ptr;
                        resume = true;
                        continue outer;
                    }
                    case JUMP_POSS_REPEAT_2: {
                        if (ret != 0) {
                            markPopDiscard(ctx.lastmark);
                            ctx.count++;
                            int next = possessiveNext(ctx, pc);
                            if (next >= 0) {
                                ctx = ctxs[csp - 1];
                                pc = next;
                                continue outer;
                            }
                        } else {
                            markPop(ctx.lastmark);
                            lastmark = ctx.lastmark;
                            lastindex = ctx.lastindex;
                            this.ptr = ptr;
                        }
                        pc += code[pc] + 1;
                        ptr = this.ptr;
                        resume = true;
                        continue outer;
                    }
                    case JUMP_ATOMIC_GROUP: {
                        if (ret == 0) {
                            this.ptr = ptr;
                            continue;
                        }
                        pc += code[pc];
                        ptr = this.ptr;
                        resume = true;
                        continue outer;
                    }
                    case JUMP_ASSERT: {
                        if (ret == 0) {
                            continue;
                        }
                        pc += code[pc];
                        resume = true;
                        continue outer;
                    }
                    case JUMP_ASSERT_NOT: {
                        if (ret != 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = 0;
                            continue;
                        }
                        if (repeat != null) {
                            markPop(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        pc += code[pc];
                        resume = true;
                        continue outer;
                    }
                    default:
                        throw internalError();
                }
            }
        }
    }

    /**
     * The second phase of POSSESSIVE_REPEAT (one more repetition while the maximum allows and the
     * last one moved): saves the marks, pushes the repetition's context and returns the body's
     * program counter; or returns -1 when no repetition is to be tried.
     */
    private int possessiveNext(Ctx ctx, int pc) {
        long max = code[pc + 2] & 0xFFFFFFFFL;
        if ((ctx.count < max || max == MAXREPEAT) && this.ptr != ctx.ptr) {
            ctx.lastmark = lastmark;
            ctx.lastindex = lastindex;
            markPush(ctx.lastmark);
            ctx.pc = pc;
            ctx.ptr = this.ptr;
            pushCtx(JUMP_POSS_REPEAT_2, false);
            return pc + 3;
        }
        return -1;
    }

    /**
     * Whether the instruction {@code op} (operands at {@code arg}) can match at {@code p}; true
     * for instructions this quick test does not know.
     */
    private boolean canStart(int op, int arg, int p) {
        switch (op) {
            case LITERAL:
                return p < end && subject.at(p) == code[arg];
            case LITERAL_IGNORE:
                return p < end && SreChars.lowerAscii(subject.at(p)) == code[arg];
            case LITERAL_UNI_IGNORE:
                return p < end && SreChars.lowerUnicode(subject.at(p)) == code[arg];
            case IN:
                return p < end && SreCharset.in(setCache, code, arg + 1, subject.at(p));
            case IN_IGNORE:
                return p < end && SreCharset.in(setCache, code, arg + 1, SreChars.lowerAscii(subject.at(p)));
            case IN_UNI_IGNORE:
                return p < end && SreCharset.in(setCache, code, arg + 1, SreChars.lowerUnicode(subject.at(p)));
            case AT:
                return at(p, code[arg]);
            default:
                return true;
        }
    }

    /**
     * The first alternative at or after the skip word {@code p} of a BRANCH that can start at
     * {@code ptr} (alternatives beginning with a literal or a set that the next character does
     * not match are passed over), or -1 after the last.
     */
    private int nextAlternative(int p, int ptr) {
        for (; code[p] != 0; p += code[p]) {
            int op = code[p + 1];
            if (op == LITERAL && (ptr >= end || subject.at(ptr) != code[p + 2])) {
                continue;
            }
            if (op == IN && (ptr >= end || !SreCharset.in(setCache, code, p + 3, subject.at(ptr)))) {
                continue;
            }
            return p;
        }
        return -1;
    }

    /**
     * A back reference to group {@code group} at {@code ptr} with the comparison of opcode
     * {@code op}: the number of characters it matches, or -1.
     */
    private int groupref(int op, int group, int ptr) {
        int g = group * 2;
        if (g >= lastmark) {
            return -1;
        }
        int p = mark[g], e = mark[g + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        int n = e - p;
        if (n > end - ptr) {
            return -1;
        }
        Subject s = subject;
        for (int i = 0; i < n; i++) {
            int a = s.at(ptr + i), b = s.at(p + i);
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
            };
            if (!same) {
                return -1;
            }
        }
        return n;
    }

    /** {@code SRE(at)}: whether position {@code ptr} satisfies the AT code. */
    private boolean at(int ptr, int atcode) {
        Subject s = subject;
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || s.at(ptr - 1) == '\n';
            case AT_END:
                return end - ptr == 1 && s.at(ptr) == '\n' || ptr == end;
            case AT_END_LINE:
                return ptr == end || s.at(ptr) == '\n';
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean uni = atcode == AT_UNI_BOUNDARY || atcode == AT_UNI_NON_BOUNDARY;
                boolean before = ptr > 0 && (uni ? SreChars.uniIsWord(s.at(ptr - 1)) : SreChars.isWord(s.at(ptr - 1)));
                boolean here = ptr < end && (uni ? SreChars.uniIsWord(s.at(ptr)) : SreChars.isWord(s.at(ptr)));
                boolean boundary = atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY || atcode == AT_UNI_BOUNDARY;
                return boundary ? before != here : before == here;
            }
            default:
                return false;
        }
    }

    /**
     * {@code SRE(count)}: how many times (at most {@code maxcount}) the one-character item at
     * {@code pc} matches from {@link #ptr}. Leaves {@link #ptr} where it was except for the
     * general case, which advances it as CPython's does.
     */
    private int count(int pc, long maxcount) {
        final Subject s = subject;
        int p = this.ptr;
        int e = end;
        if (maxcount < e - p && maxcount != MAXREPEAT) {
            e = p + (int) maxcount;
        }
        final int from = p;
        switch (code[pc]) {
            case IN:
                while (p < e && SreCharset.in(setCache, code, pc + 2, s.at(p))) {
                    p++;
                }
                break;
            case ANY:
                while (p < e && s.at(p) != '\n') {
                    p++;
                }
                break;
            case ANY_ALL:
                p = e;
                break;
            case LITERAL: {
                int c = code[pc + 1];
                while (p < e && s.at(p) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(s.at(p)) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(s.at(p)) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(c, s.at(p))) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL: {
                int c = code[pc + 1];
                while (p < e && s.at(p) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(s.at(p)) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(s.at(p)) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(c, s.at(p))) {
                    p++;
                }
                break;
            }
            default:
                // Any other one-character item: run it through the matcher.
                while (this.ptr < e) {
                    if (match(pc, false) == 0) {
                        break;
                    }
                }
                return this.ptr - from;
        }
        return p - from;
    }
}
