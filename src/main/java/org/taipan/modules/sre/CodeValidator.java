package org.taipan.modules.sre;

import static org.taipan.modules.sre.SreConstants.*;

/**
 * Checks a code list before it becomes a pattern (CPython's {@code _validate} in
 * {@code sre.c}): every opcode is known, operands and skips stay inside the code, branches end
 * in jumps to one target, repeats end in their UNTIL or SUCCESS, group numbers are below the
 * group count. The matcher relies on this: with validated code it never reads outside the
 * array. {@code _sre.compile} raises RuntimeError "invalid SRE code" when this fails.
 */
final class CodeValidator {
    private CodeValidator() {}

    /** Signals invalid code inside the recursive descent. */
    private static final class Invalid extends Exception {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final Invalid INVALID = new Invalid();

    /** Whether {@code code} is a valid program for a pattern with {@code groups} groups. */
    static boolean isValid(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) {
            return false;
        }
        try {
            inner(code, 0, code.length - 1, groups, 0);
            return true;
        } catch (Invalid e) {
            return false;
        }
    }

    private static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    /** Reads the word at {@code i}, which must be before {@code end}. */
    private static int word(int[] code, int i, int end) throws Invalid {
        if (i >= end) {
            throw INVALID;
        }
        return code[i];
    }

    /**
     * A skip word at {@code i} whose target {@code i + skip - adj} must stay within {@code end}.
     */
    private static int skip(int[] code, int i, int end, int adj) throws Invalid {
        long s = u(word(code, i, end));
        if (s - adj > end - i) {
            throw INVALID;
        }
        return (int) s;
    }

    private static void charset(int[] code, int p, int end) throws Invalid {
        while (p < end) {
            int op = code[p++];
            switch (op) {
                case NEGATE:
                    break;
                case LITERAL:
                    word(code, p++, end);
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    word(code, p++, end);
                    word(code, p++, end);
                    break;
                case CHARSET:
                    if (8 > end - p) {
                        throw INVALID;
                    }
                    p += 8;
                    break;
                case BIGCHARSET: {
                    long blocks = u(word(code, p++, end));
                    if (64 > end - p) {
                        throw INVALID;
                    }
                    for (int i = 0; i < 256; i++) {
                        int b = (code[p + (i >> 2)] >>> ((i & 3) * 8)) & 0xff;
                        if (b >= blocks) {
                            throw INVALID;
                        }
                    }
                    p += 64;
                    if (blocks * 8 > end - p) {
                        throw INVALID;
                    }
                    p += (int) (blocks * 8);
                    break;
                }
                case CATEGORY: {
                    long k = u(word(code, p++, end));
                    if (k >= CATEGORY_COUNT) {
                        throw INVALID;
                    }
                    break;
                }
                default:
                    throw INVALID;
            }
        }
    }

    /**
     * Validates {@code [p, end)}; returns 1 if it ends with a JUMP (allowed only as its last
     * instruction, for the "then" part of a conditional), else 0.
     */
    private static int inner(int[] code, int p, int end, long groups, int depth) throws Invalid {
        if (p > end || depth > 5000) {
            // Nesting is bounded by the parser's own limits long before this.
            throw INVALID;
        }
        while (p < end) {
            int op = code[p++];
            switch (op) {
                case MARK: {
                    long arg = u(word(code, p++, end));
                    if (arg > 2 * groups + 1) {
                        throw INVALID;
                    }
                    break;
                }
                case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                     NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE:
                    word(code, p++, end);
                    break;
                case SUCCESS, FAILURE, ANY, ANY_ALL:
                    break;
                case AT: {
                    long arg = u(word(code, p++, end));
                    if (arg > AT_UNI_NON_BOUNDARY) {
                        throw INVALID;
                    }
                    break;
                }
                case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE: {
                    int s = skip(code, p, end, 0);
                    if (s < 2) {
                        throw INVALID;
                    }
                    charset(code, p + 1, p + s - 1);
                    if (code[p + s - 1] != FAILURE) {
                        throw INVALID;
                    }
                    p += s;
                    break;
                }
                case INFO: {
                    int s = skip(code, p, end, 0);
                    int newEnd = p + s;
                    p++;
                    int flags = word(code, p++, end);
                    word(code, p++, end);
                    word(code, p++, end);
                    if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0
                            || (flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0
                            || (flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) {
                        throw INVALID;
                    }
                    if ((flags & INFO_PREFIX) != 0) {
                        long len = u(word(code, p++, end));
                        long pskip = u(word(code, p++, end));
                        if (len > newEnd - p || pskip > len) {
                            throw INVALID;
                        }
                        p += (int) len;
                        if (len > newEnd - p) {
                            throw INVALID;
                        }
                        for (int i = 0; i < len; i++) {
                            if (u(code[p + i]) >= len) {
                                throw INVALID;
                            }
                        }
                        p += (int) len;
                    }
                    if ((flags & INFO_CHARSET) != 0) {
                        if (newEnd - 1 < p || newEnd > end) {
                            throw INVALID;
                        }
                        charset(code, p, newEnd - 1);
                        if (code[newEnd - 1] != FAILURE) {
                            throw INVALID;
                        }
                        p = newEnd;
                    } else if (p != newEnd) {
                        throw INVALID;
                    }
                    break;
                }
                case BRANCH: {
                    int target = -1;
                    for (;;) {
                        int s = skip(code, p, end, 0);
                        if (s == 0) {
                            p++;
                            break;
                        }
                        if (s < 3) {
                            throw INVALID;
                        }
                        inner(code, p + 1, p + s - 2, groups, depth + 1);
                        p += s - 2;
                        if (word(code, p++, end) != JUMP) {
                            throw INVALID;
                        }
                        int js = skip(code, p, end, 0);
                        int t = p + js;
                        p++;
                        if (target < 0) {
                            target = t;
                        } else if (t != target) {
                            throw INVALID;
                        }
                    }
                    if (p != target) {
                        throw INVALID;
                    }
                    break;
                }
                case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE: {
                    int s = skip(code, p, end, 0);
                    long min = u(word(code, p + 1, end));
                    long max = u(word(code, p + 2, end));
                    if (min > max || max > MAXREPEAT || s < 4) {
                        throw INVALID;
                    }
                    inner(code, p + 3, p + s - 1, groups, depth + 1);
                    p += s - 1;
                    if (word(code, p++, end) != SUCCESS) {
                        throw INVALID;
                    }
                    break;
                }
                case REPEAT, POSSESSIVE_REPEAT: {
                    int s = skip(code, p, end, 0);
                    long min = u(word(code, p + 1, end));
                    long max = u(word(code, p + 2, end));
                    if (min > max || max > MAXREPEAT || s < 3) {
                        throw INVALID;
                    }
                    inner(code, p + 3, p + s, groups, depth + 1);
                    p += s;
                    int until = word(code, p++, end);
                    if (op == POSSESSIVE_REPEAT ? until != SUCCESS : until != MAX_UNTIL && until != MIN_UNTIL) {
                        throw INVALID;
                    }
                    break;
                }
                case ATOMIC_GROUP: {
                    int s = skip(code, p, end, 0);
                    if (s < 2) {
                        throw INVALID;
                    }
                    inner(code, p + 1, p + s - 1, groups, depth + 1);
                    p += s - 1;
                    if (word(code, p++, end) != SUCCESS) {
                        throw INVALID;
                    }
                    break;
                }
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE: {
                    long arg = u(word(code, p++, end));
                    if (arg >= groups) {
                        throw INVALID;
                    }
                    break;
                }
                case GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else]; the skip counts from the group word.
                    long arg = u(word(code, p++, end));
                    if (arg >= groups) {
                        throw INVALID;
                    }
                    int s = skip(code, p, end, 1);
                    int groupWord = p - 1;
                    if (s < 2) {
                        throw INVALID;
                    }
                    int rc = inner(code, groupWord + 2, groupWord + s, groups, depth + 1);
                    int after = groupWord + s;
                    if (rc == 1) {
                        // The then-part ended in a JUMP whose skip word is the last word before the else-part.
                        int jskipAt = after - 1;
                        int js = skip(code, jskipAt, end, 0);
                        if (js < 1) {
                            throw INVALID;
                        }
                        inner(code, jskipAt + 1, jskipAt + js, groups, depth + 1);
                        after = jskipAt + js;
                    }
                    p = after;
                    break;
                }
                case ASSERT, ASSERT_NOT: {
                    int s = skip(code, p, end, 0);
                    long back = u(word(code, p + 1, end));
                    if ((back & 0x80000000L) != 0 || s < 3) {
                        throw INVALID;
                    }
                    inner(code, p + 2, p + s - 1, groups, depth + 1);
                    p += s - 1;
                    if (word(code, p++, end) != SUCCESS) {
                        throw INVALID;
                    }
                    break;
                }
                case JUMP: {
                    if (p + 1 != end) {
                        throw INVALID;
                    }
                    return 1;
                }
                default:
                    throw INVALID;
            }
        }
        return 0;
    }
}
