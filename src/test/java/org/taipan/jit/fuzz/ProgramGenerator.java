package org.taipan.jit.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a deterministic, loop-heavy Python 3.11 program from a seed: the JIT fuzzer's input.
 *
 * <p>A program defines exception classes, globals, three classes (C0, its subclass C1, and C2 with
 * {@code __slots__}), helper functions (a call chain {@code f0 -> f1 -> ...}, bounded recursion, a
 * function that raises, a generator, closures) and one to three "main" functions (sometimes a
 * module-level loop instead), each a bounded loop (1 to 3000 iterations) over int arithmetic near
 * 2**63, floats with nan/inf/-0.0, int/float mixing, attributes, calls, containers and exceptions.
 * Mains are called under {@code try} and an escaping exception is printed by {@code _report(e)}
 * as its traceback's line numbers, type and message; a program sometimes ends with an uncaught
 * exception so the stderr traceback is compared too.
 *
 * <p>Guarantees, by construction: every name is bound before it is read and always holds one type
 * (except {@code p}, which is int or float on purpose); every loop is bounded (a {@code while}
 * increments its counter first, so {@code continue} cannot skip it); ints that may grow by
 * multiplication or shifts are reduced when stored, so values stay below about 2**640 and float
 * conversion cannot overflow; nothing depends on hash order of strings, ids, addresses or time.
 * The same seed always gives the same program text.
 */
public final class ProgramGenerator {
    /** Dict keys that are always present (never deleted). */
    static final List<String> STABLE_KEYS = List.of("0", "1", "'a'", "'b'");
    /** Dict keys that come and go: read with {@code get}, or under {@code try}. */
    static final List<String> VOLATILE_KEYS = List.of("2", "3", "'c'", "'d'", "-1");

    private static final List<String> INT_CONSTANTS = List.of(
            "0", "1", "2", "3", "5", "7", "-1", "-3", "10", "31", "100", "255", "1000", "4096",
            "9223372036854775807", "9223372036854775806", "-9223372036854775808", "-9223372036854775807",
            "4611686018427387904", "2147483647", "-2147483648", "18446744073709551615", "(2**62 + 1)",
            "(1 << 63)", "9007199254740993", "0x7fffffffffffffff");
    private static final List<String> FLOAT_CONSTANTS = List.of(
            "0.0", "-0.0", "0.5", "1.5", "-2.25", "0.1", "3.141592653589793", "1e16", "-1e-5",
            "1e308", "-1e308", "5e-324", "float('nan')", "float('inf')", "-float('inf')",
            "9007199254740992.0", "9.223372036854776e18", "2.0", "-7.75");

    /** Reductions of an int that may have grown; {@code @} stands for the expression. */
    private static final String[] WRAPS = {
        "((@) + 9223372036854775808) % 18446744073709551616 - 9223372036854775808",
        "(@) & 18446744073709551615",
        "(@) % 1000003",
        "(@) % -97",
        "max(-(2**70), min(2**70, @))",
    };

    private final SplittableRandom random;
    private final PyWriter out = new PyWriter();
    /** Set when the expression being built may grow by multiplication or a shift. */
    private boolean grows;
    private int functionCount;

    private ProgramGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The program of {@code seed}.
     *
     * @param seed any long; equal seeds give equal programs
     * @return Python 3.11 source, ending with a newline
     */
    public static String generate(long seed) {
        return new ProgramGenerator(seed).program();
    }

    private String program() {
        out.line("import math");
        out.line("");
        // The traceback's line numbers from the exception itself: importing traceback would load (and, at
        // threshold 1, trace) a good part of the standard library in every program.
        out.open("def _report(e):");
        out.line("where = []");
        out.line("tb = e.__traceback__");
        out.open("while tb is not None:");
        out.line("where.append(tb.tb_lineno)");
        out.line("tb = tb.tb_next");
        out.close();
        out.line("print('EXC', where, type(e).__name__, e)");
        out.close();
        out.line("");
        exceptionClasses();
        for (int k = 0; k < 2; k++) {
            out.line("GI" + k + " = " + intConstant());
        }
        out.line("GF0 = " + floatConstant());
        out.line("");
        classes();
        helpers();
        int mains = between(1, 3);
        boolean moduleLoop = chance(0.2);
        for (int m = 0; m < mains; m++) {
            mainFunction(m);
        }
        for (int m = 0; m < mains; m++) {
            out.open("try:");
            out.line("main" + m + "()");
            out.close();
            out.open("except Exception as e:");
            out.line("_report(e)");
            out.close();
        }
        if (moduleLoop) {
            out.open("try:");
            mainBody(new Scope(true, 0), true);
            out.close();
            out.open("except Exception as e:");
            out.line("_report(e)");
            out.close();
        }
        out.line("print('globals', GI0, GI1, GF0, C0.ca, C1.ca)");
        if (chance(0.15)) {
            // An uncaught exception: the traceback on stderr and exit status 1 are compared.
            out.line(pick(List.of("fr(35)", "fr(49)", "fr(22)", "main0()", "int(GF0 * float('inf'))",
                    "[1][GI0 % 7 + 1]")));
        }
        return out.toString();
    }

    private void exceptionClasses() {
        out.open("class E0(Exception):");
        out.line("pass");
        out.close();
        out.open("class E1(E0):");
        out.open("def __init__(self, code):");
        out.line("super().__init__('code', code)");
        out.line("self.code = code");
        out.close();
        out.close();
        out.line("");
    }

    private void classes() {
        out.open("class C0:");
        out.line("ca = " + between(1, 50));
        out.open("def __init__(self, a):");
        out.line("self.a = a");
        out.line("self.b = a % 13");
        out.line("self.f = a * 0.5");
        out.close();
        out.open("def m0(self, y):");
        out.line("return " + pick(List.of("self.a + y", "(self.a ^ y) - self.b", "y * 2 - self.b", "self.b + (y >> 1)")));
        out.close();
        out.open("def bump(self, k):");
        out.line("self.b = (self.b + k) % 1009");
        out.line("return self.b");
        out.close();
        out.line("@property");
        out.open("def pa(self):");
        out.line("return self.a - self.b");
        out.close();
        out.close();
        out.line("");
        out.open("class C1(C0):");
        out.line("ca = " + between(51, 99));
        out.open("def m0(self, y):");
        out.line("return " + pick(List.of("self.b * 3 - y", "y - self.a", "(y & 255) + self.b")));
        out.close();
        out.close();
        out.line("");
        out.open("class C2:");
        out.line("__slots__ = ('a', 'b', 'f')");
        out.line("ca = 5");
        out.open("def __init__(self, a):");
        out.line("self.a = a");
        out.line("self.b = 1");
        out.line("self.f = -0.0");
        out.close();
        out.open("def m0(self, y):");
        out.line("return y ^ self.a");
        out.close();
        out.open("def bump(self, k):");
        out.line("self.b = (self.b * 3 + k) % 101");
        out.line("return self.b");
        out.close();
        out.line("@property");
        out.open("def pa(self):");
        out.line("return self.b");
        out.close();
        out.close();
        out.line("");
        out.open("class V:");
        out.line("__slots__ = ('x',)");
        out.open("def __init__(self, x):");
        out.line("self.x = x");
        out.close();
        out.open("def __add__(self, other):");
        out.open("if isinstance(other, V):");
        out.line("return V((self.x + other.x) % 10007)");
        out.close();
        out.open("if isinstance(other, int):");
        out.line("return V((self.x + other) % 10007)");
        out.close();
        out.line("return NotImplemented");
        out.close();
        out.line("__radd__ = __add__");
        out.open("def __lt__(self, other):");
        out.line("return self.x < (other.x if isinstance(other, V) else other)");
        out.close();
        out.open("def __eq__(self, other):");
        out.line("return isinstance(other, V) and self.x == other.x");
        out.close();
        out.line("__hash__ = None");
        out.close();
        out.line("");
        out.open("class Ctx:");
        out.line("entered = 0");
        out.open("def __init__(self, suppress):");
        out.line("self.suppress = suppress");
        out.close();
        out.open("def __enter__(self):");
        out.line("Ctx.entered += 1");
        out.line("return self");
        out.close();
        out.open("def __exit__(self, t, v, tb):");
        out.line("return self.suppress and t is not None and issubclass(t, E0)");
        out.close();
        out.close();
        out.line("");
        out.open("def _sup(self, y):");
        out.line("return super(C1, self).m0(y) + 1");
        out.close();
        out.line("C1.sup = _sup");
        out.open("def _m0_alt(self, y):");
        out.line("return y - self.b");
        out.close();
        out.line("_m0_orig = C0.m0");
        out.line("");
    }

    private void helpers() {
        functionCount = between(1, 4);
        for (int k = functionCount - 1; k >= 0; k--) {
            helperFunction(k);
        }
        out.open("def rec(n):");
        out.open("if n <= 1:");
        out.line("return " + between(0, 3));
        out.close();
        out.line("return " + pick(List.of("n + rec(n - 1)", "rec(n - 1) * 2 % 1000003 + n", "rec(n - 2) - n")));
        out.close();
        out.open("def fr(a):");
        out.open("if a % 5 == 0:");
        out.line("raise E1(a)");
        out.close();
        out.open("if a % 7 == 0:");
        out.line("return 10 // (a - a)");
        out.close();
        out.open("if a % 11 == 0:");
        out.line("return [1, 2][a]");
        out.close();
        out.line("return a + 1");
        out.close();
        out.open("def gen0(n):");
        out.open("for q in range(n):");
        out.line("yield q * " + between(1, 9) + " - " + between(0, 5));
        out.close();
        if (chance(0.3)) {
            out.line("return 'done'");
        }
        out.close();
        out.open("def gen1(n):");
        out.line("r = yield from gen0(n)");
        out.line("yield -1 if r is None else len(r)");
        out.close();
        out.open("def ff(a):");
        out.open("try:");
        out.line("return 10 // (a % 3)");
        out.close();
        out.open("except ZeroDivisionError:");
        out.line("return -1");
        out.close();
        out.open("finally:");
        out.line("Ctx.entered += 1");
        out.close();
        out.close();
        out.open("def mk(k):");
        out.open("def add(x):");
        out.line("return x + k");
        out.close();
        out.line("return add");
        out.close();
        out.open("def counter():");
        out.line("c = 0");
        out.open("def inc(step):");
        out.line("nonlocal c");
        out.line("c += step");
        out.line("return c");
        out.close();
        out.line("return inc");
        out.close();
        out.line("");
    }

    /** {@code f<k>(a, b=.., *, c=..)}: a few int statements, maybe a small loop, maybe a call to f<k+1>. */
    private void helperFunction(int k) {
        out.open("def f" + k + "(a, b=" + between(-3, 9) + ", *, c=" + between(0, 5) + "):");
        Scope s = new Scope(false, k + 1);
        s.callBudget = 1;
        s.ints.addAll(List.of("a", "b", "c"));
        s.readInts.addAll(List.of("GI0", "GI1"));
        s.readFloats.add("GF0");
        block(s, 1, between(1, 4));
        out.line("return " + wrapAlways(intExpr(s, 2)));
        out.close();
        out.line("");
    }

    private void mainFunction(int m) {
        out.open("def main" + m + "():");
        Scope s = new Scope(true, 0);
        out.line("global GI0, GF0");
        mainBody(s, false);
        out.close();
        out.line("");
    }

    /** Locals, one or two hot loops and the final prints; {@code module}: at module level (names are globals). */
    private void mainBody(Scope s, boolean module) {
        s.ints.addAll(List.of("GI0"));
        s.readInts.add("GI1");
        s.floats.add("GF0");
        out.line("chk = 0");
        int ints = between(2, 4);
        for (int k = 0; k < ints; k++) {
            out.line("n" + k + " = " + intConstant());
            s.ints.add("n" + k);
        }
        int floats = between(1, 3);
        for (int k = 0; k < floats; k++) {
            out.line("x" + k + " = " + floatConstant());
            s.floats.add("x" + k);
        }
        out.line("L0 = [" + between(1, 9) + ", " + intConstant() + ", " + between(-5, 5) + ", 4]");
        s.lists.add("L0");
        out.line("D0 = {0: 1, 1: " + intConstant() + ", 'a': 3, 'b': " + between(0, 9) + ", 2: 5}");
        s.dicts.add("D0");
        out.line("t0 = (" + between(0, 9) + ", " + intConstant() + ", " + between(-9, 9) + ")");
        out.line("o0 = C0(" + between(0, 40) + ")");
        out.line("o1 = C1(" + between(0, 40) + ")");
        s.objs.addAll(List.of("o0", "o1"));
        out.line("objs = [C0(3), C1(4), C2(5)]");
        out.line("g0 = gen0(" + between(0, 6) + ")");
        out.line("add = mk(" + between(-5, 5) + ")");
        out.line("inc = counter()");
        out.line("msgs = []");
        out.line("p = 0");
        out.line("s0 = ''");
        out.line("v0 = V(" + between(0, 9) + ")");
        s.hasExtras = true;
        int loops = chance(0.3) ? 2 : 1;
        for (int l = 0; l < loops; l++) {
            hotLoop(s, 0);
        }
        out.line("print('end', chk, " + String.join(", ", s.ints) + ")");
        out.line("print('floats', " + String.join(", ", s.floats) + ", p)");
        out.line("print('data', L0[:8], len(L0), D0, t0, o0.a, o0.b, o1.a, o1.b, type(o1).__name__, inc(0))");
        out.line("print('more', repr(s0), v0.x, Ctx.entered)");
        out.line("print('msgs', len(msgs), msgs[:12])");
    }

    /** Loop iteration counts: mostly small, sometimes around the default threshold. */
    private int iterations(int depth) {
        if (depth > 0) {
            return between(0, 12);
        }
        double r = random.nextDouble();
        if (r < 0.5) {
            return between(1, 60);
        }
        if (r < 0.85) {
            return between(60, 600);
        }
        return between(900, 3000);
    }

    private void hotLoop(Scope s, int depth) {
        String counter = depth == 0 ? "i" : (depth == 1 ? "j" : "k" + depth);
        int n = iterations(depth);
        boolean whileLoop = chance(0.25);
        if (whileLoop) {
            out.line(counter + " = 0");
            out.open("while " + counter + " < " + n + ":");
            out.line(counter + " += 1");
        } else {
            out.open("for " + counter + " in range(" + n + "):");
        }
        s.loopCounters.add(counter);
        s.loopDepth++;
        int statements = depth == 0 ? between(3, 10) : between(1, 4);
        block(s, depth == 0 ? 3 : 1, statements);
        if (depth == 0 && s.main) {
            out.open("if " + counter + " % " + between(7, 400) + " == " + between(0, 6) + ":");
            out.line("print(" + counter + ", chk, " + String.join(", ", s.ints.subList(0, Math.min(3, s.ints.size())))
                    + ", " + s.floats.getLast() + ", p)");
            out.close();
        }
        s.loopDepth--;
        s.loopCounters.removeLast();
        out.close();
        if (chance(0.3)) {
            out.open("else:");
            out.line("chk = (chk + " + between(1, 9) + ") % 1000000007");
            out.close();
        }
    }

    private void block(Scope s, int depth, int count) {
        for (int k = 0; k < count; k++) {
            statement(s, depth);
        }
    }

    private void statement(Scope s, int depth) {
        int kinds = s.main ? 30 : 8;
        switch (random.nextInt(kinds)) {
            case 0, 1, 2 -> assignInt(s);
            case 3 -> assignFloat(s);
            case 4 -> {
                if (depth > 0) {
                    ifStatement(s, depth);
                } else {
                    assignInt(s);
                }
            }
            case 5 -> callStatement(s);
            case 6 -> {
                if (depth > 0 && s.loopDepth < 2 && (s.main || chance(0.3))) {
                    if (s.main) {
                        hotLoop(s, s.loopDepth);
                    } else {
                        smallLoop(s);
                    }
                } else {
                    assignFloat(s);
                }
            }
            case 7 -> mixed(s);
            case 8 -> checksum(s);
            case 9 -> listOp(s);
            case 10 -> dictOp(s);
            case 11 -> tupleOp(s);
            case 12, 13 -> objectOp(s);
            case 14, 15 -> tryStatement(s, depth);
            case 16 -> generatorOp(s);
            case 17 -> loopControl(s);
            case 18 -> globalRebind(s);
            case 19 -> polyOp(s);
            case 20 -> classMutation(s);
            case 21 -> checksum(s);
            case 22 -> closureOp(s);
            case 23 -> numericProbe(s);
            case 24 -> stringOp(s);
            case 25 -> withOp(s);
            case 26 -> iterationOp(s);
            case 27 -> operatorOp(s);
            case 28 -> callForms(s);
            default -> floatReset(s);
        }
    }

    private void assignInt(Scope s) {
        String v = pick(s.ints);
        grows = false;
        String e = intExpr(s, between(1, 3));
        int form = random.nextInt(6);
        if (form == 0 && !grows) {
            out.line(v + " += " + e);
        } else if (form == 1 && !grows) {
            out.line(v + " -= " + e);
        } else if (form == 2 && !grows) {
            out.line(v + " ^= " + e);
        } else if (form == 3) {
            out.line(v + " = " + wrap(v + " * " + between(2, 7) + " + " + e));
        } else {
            out.line(v + " = " + (grows || chance(0.3) ? wrap(e) : e));
        }
    }

    private void assignFloat(Scope s) {
        if (s.floats.isEmpty()) {
            assignInt(s);
            return;
        }
        String v = pick(s.floats);
        String e = floatExpr(s, between(1, 3));
        switch (random.nextInt(4)) {
            case 0 -> out.line(v + " += " + e);
            case 1 -> out.line(v + " = (" + e + ") % " + pick(List.of("1000.0", "-7.5", "1e9")));
            default -> out.line(v + " = " + e);
        }
    }

    private void floatReset(Scope s) {
        if (s.floats.isEmpty()) {
            assignInt(s);
            return;
        }
        String v = pick(s.floats);
        out.open("if not (-1e300 < " + v + " < 1e300):");
        if (s.main) {
            out.line("chk = (chk + " + (v.equals("GF0") ? "7" : "(1 if " + v + " != " + v + " else 2)") + ") % 1000000007");
        }
        out.line(v + " = " + (s.counter() != null ? s.counter() + " * 0.25" : floatConstant()));
        out.close();
    }

    private void checksum(Scope s) {
        if (!s.main) {
            assignInt(s);
            return;
        }
        grows = false;
        out.line("chk = (chk * 31 + " + intExpr(s, 2) + ") % 1000000007");
    }

    private void mixed(Scope s) {
        String iv = pick(s.allInts());
        String fv = pick(s.allFloats());
        String b = switch (random.nextInt(6)) {
            case 0 -> iv + " < " + fv;
            case 1 -> iv + " == " + fv;
            case 2 -> fv + " >= " + iv;
            case 3 -> "(" + iv + " + 0.5) > " + fv;
            case 4 -> iv + " != " + fv;
            default -> "float(" + iv + ") == " + iv;
        };
        String target = pick(s.ints);
        out.line(target + " = " + wrapAlways(target + " + (" + b + ") + (" + b + ") * 2"));
    }

    private void ifStatement(Scope s, int depth) {
        out.open("if " + boolExpr(s, 2) + ":");
        block(s, depth - 1, between(1, 3));
        out.close();
        if (chance(0.3)) {
            out.open("elif " + boolExpr(s, 1) + ":");
            block(s, depth - 1, between(1, 2));
            out.close();
        }
        if (chance(0.5)) {
            out.open("else:");
            block(s, depth - 1, between(1, 2));
            out.close();
        }
    }

    /** A bounded inner loop in a helper function (its count comes from a small modulus). */
    private void smallLoop(Scope s) {
        String q = "q" + s.loopDepth;
        grows = false;
        out.open("for " + q + " in range(" + intExpr(s, 1) + " % " + between(2, 9) + "):");
        s.loopCounters.add(q);
        s.loopDepth++;
        int budget = s.callBudget;
        s.callBudget = 0;
        block(s, 1, between(1, 3));
        s.callBudget = budget;
        s.loopDepth--;
        s.loopCounters.removeLast();
        out.close();
    }

    private void callStatement(Scope s) {
        String v = pick(s.ints);
        grows = false;
        String call = call(s);
        if (call == null) {
            assignInt(s);
            return;
        }
        out.line(v + " = " + wrapAlways(v + " + " + call));
    }

    /** A call of a helper this scope may reach, or null. */
    private String call(Scope s) {
        if (s.callBudget <= 0) {
            return null;
        }
        s.callBudget--;
        int choice = random.nextInt(s.main ? 5 : 2);
        if (choice <= 1 && s.firstCallable < functionCount) {
            int k = between(s.firstCallable, functionCount - 1);
            String a = intExpr(s, 1);
            return switch (random.nextInt(4)) {
                case 0 -> "f" + k + "(" + a + ")";
                case 1 -> "f" + k + "(" + a + ", " + intExpr(s, 1) + ")";
                case 2 -> "f" + k + "(" + a + ", c=" + intLeaf(s) + ")";
                default -> "f" + k + "(b=" + intLeaf(s) + ", a=" + a + ")";
            };
        }
        if (!s.main) {
            return null;
        }
        return switch (choice) {
            case 2 -> "rec(" + intLeaf(s) + " % " + between(3, 16) + ")";
            case 3 -> pick(s.objs) + "." + pick(List.of("m0", "bump")) + "(" + intLeaf(s) + " % 1000)";
            default -> pick(List.of("add(", "inc(")) + intLeaf(s) + " % 100)";
        };
    }

    private void listOp(Scope s) {
        String l = pick(s.lists);
        grows = false;
        String e = wrapAlways(intExpr(s, 2));
        switch (random.nextInt(9)) {
            case 0 -> {
                out.line(l + ".append(" + e + ")");
                out.open("if len(" + l + ") > " + between(8, 60) + ":");
                out.line("del " + l + "[:" + between(1, 5) + "]");
                out.close();
            }
            case 1 -> out.line(l + "[" + intLeaf(s) + " % len(" + l + ")] = " + e);
            case 2 -> out.line(pick(s.ints) + " = " + wrapAlways("sum(" + l + "[" + between(0, 3) + ":" + between(1, 6) + "]) + " + e));
            case 3 -> out.line(l + "[" + between(0, 2) + ":" + between(1, 3) + "] = [" + e + ", " + intLeaf(s) + "]");
            case 4 -> out.line(pick(s.ints) + " = " + l + "[-1] + " + l + "[0] + len(" + l + ")");
            case 5 -> {
                out.open("if len(" + l + ") > 4:");
                out.line(pick(s.ints) + " = " + l + ".pop()");
                out.close();
            }
            case 6 -> out.line(l + "." + pick(List.of("sort()", "reverse()", "sort(reverse=True)")));
            case 7 -> {
                String v = pick(s.ints);
                out.line("hd, *tl = " + l + "[:" + between(1, 4) + "]");
                out.line(v + " = " + wrapAlways("hd + len(tl) + " + v));
            }
            default -> out.line(pick(s.ints) + " = " + wrapAlways(pick(List.of("max(", "min(", "sum(")) + l + ")"));
        }
    }

    private void dictOp(Scope s) {
        String d = pick(s.dicts);
        grows = false;
        String e = wrapAlways(intExpr(s, 1));
        switch (random.nextInt(6)) {
            case 0 -> out.line(d + "[" + pick(STABLE_KEYS) + "] = " + e);
            case 1 -> out.line(d + "[" + pick(VOLATILE_KEYS) + "] = " + e);
            case 2 -> out.line(d + ".pop(" + pick(VOLATILE_KEYS) + ", None)");
            case 3 -> out.line(pick(s.ints) + " += " + d + ".get(" + pick(VOLATILE_KEYS) + ", -1)");
            case 4 -> out.line(d + "[" + pick(STABLE_KEYS) + "] += " + between(1, 9));
            default -> out.line(pick(s.ints) + " = " + wrapAlways("len(" + d + ") + sum(" + d + ".values())"));
        }
    }

    private void tupleOp(Scope s) {
        List<String> ints = s.ints;
        if (ints.size() < 2) {
            assignInt(s);
            return;
        }
        String a = ints.get(0);
        String b = ints.get(1);
        grows = false;
        switch (random.nextInt(4)) {
            case 0 -> out.line(a + ", " + b + " = " + b + ", " + a);
            case 1 -> out.line(a + ", " + b + " = " + b + ", " + wrapAlways(a + " + " + b));
            case 2 -> {
                if (s.hasExtras) {
                    out.line("t0 = (" + wrapAlways(intExpr(s, 1)) + ", t0[0], " + intLeaf(s) + ")");
                    out.line(a + ", _, " + b + " = t0");
                } else {
                    out.line(a + ", " + b + " = divmod(" + wrap(intExpr(s, 1)) + ", " + between(1, 9) + ")");
                }
            }
            default -> out.line(a + ", " + b + " = divmod(" + wrap(intExpr(s, 1)) + ", " + safeDivisor(s) + ")");
        }
    }

    private void objectOp(Scope s) {
        if (s.objs.isEmpty()) {
            assignInt(s);
            return;
        }
        String o = pick(s.objs);
        grows = false;
        switch (random.nextInt(10)) {
            case 0 -> out.line(o + ".a = " + wrapAlways(intExpr(s, 2)));
            case 1 -> out.line(o + ".b += " + between(1, 5));
            case 2 -> out.line(o + ".f = " + o + ".f * 0.5 + " + floatLeaf(s));
            case 3 -> out.line(pick(s.ints) + " = " + wrapAlways(o + ".m0(" + intLeaf(s) + ") + " + o + ".pa + " + o + ".ca"));
            case 4 -> {
                out.open("if " + s.counter() + " % " + between(2, 9) + " == 0:");
                out.line(o + ".extra = " + intLeaf(s));
                out.close();
                out.open("elif hasattr(" + o + ", 'extra'):");
                out.line("del " + o + ".extra");
                out.close();
            }
            case 5 -> out.line(pick(s.ints) + " += getattr(" + o + ", 'extra', " + between(-3, 3) + ")");
            case 6 -> {
                String v = pick(s.ints);
                out.open("for ob in objs:");
                out.line(v + " = " + wrapAlways(v + " + ob.m0(" + intLeaf(s) + ") + ob.bump(1) + ob.ca"));
                out.close();
            }
            case 7 -> {
                out.open("if " + s.counter() + " % " + between(3, 40) + " == " + between(0, 2) + ":");
                out.line(o + ".__class__ = C0 if " + o + ".__class__ is C1 else C1");
                out.close();
            }
            case 8 -> out.line(o + " = " + pick(List.of("C0(", "C1(")) + "(" + intLeaf(s) + ") % 1000)");
            default -> {
                out.line(o + ".ca = " + intLeaf(s) + " % 50");
                out.open("if " + s.counter() + " % 3 == 0:");
                out.line("del " + o + ".ca");
                out.close();
            }
        }
    }

    private void classMutation(Scope s) {
        String c = s.counter();
        switch (random.nextInt(3)) {
            case 0 -> {
                out.open("if " + c + " % " + between(2, 50) + " == " + between(0, 1) + ":");
                out.line("C0.m0 = _m0_alt if C0.m0 is _m0_orig else _m0_orig");
                out.close();
            }
            case 1 -> {
                out.open("if " + c + " == " + between(0, 40) + ":");
                out.line(pick(List.of("C0", "C1")) + ".ca = " + between(-5, 200));
                out.close();
            }
            default -> {
                out.open("if " + c + " % " + between(5, 90) + " == 1:");
                out.line("C1.m0 = lambda self, y: y + " + between(0, 9));
                out.close();
            }
        }
    }

    private void tryStatement(Scope s, int depth) {
        String v = pick(s.ints);
        grows = false;
        String risky;
        String caught;
        int kind = random.nextInt(s.main ? 12 : 4);
        switch (kind) {
            case 0 -> {
                risky = v + " = " + wrap(intExpr(s, 1) + " // (" + intLeaf(s) + " % " + between(2, 4) + ")");
                caught = "ZeroDivisionError";
            }
            case 1 -> {
                risky = v + " = " + wrap(intExpr(s, 1) + " % (" + intLeaf(s) + " % " + between(2, 4) + ")");
                caught = "ArithmeticError";
            }
            case 2 -> {
                if (s.allFloats().isEmpty()) {
                    risky = v + " = 1 // 0";
                } else {
                    risky = v + " = int(" + pick(s.allFloats()) + ")";
                }
                caught = "(ValueError, OverflowError, ZeroDivisionError)";
            }
            case 3 -> {
                String raised = pick(List.of("E0", "E1", "ValueError"));
                risky = "if " + boolExpr(s, 1) + ": raise " + raised + "(" + intLeaf(s) + ")";
                caught = pick(switch (raised) {
                    case "E0" -> List.of("E0", "Exception");
                    case "E1" -> List.of("E0", "E1", "(E1, ValueError)", "Exception");
                    default -> List.of("ValueError", "(E1, ValueError)", "Exception");
                });
            }
            case 4 -> {
                risky = v + " = L0[" + intLeaf(s) + " % " + between(4, 12) + "]";
                caught = pick(List.of("IndexError", "LookupError"));
            }
            case 5 -> {
                risky = v + " = D0[" + pick(VOLATILE_KEYS) + "]";
                caught = pick(List.of("KeyError", "LookupError"));
            }
            case 6 -> {
                risky = v + " = fr(" + intLeaf(s) + " % 100)";
                caught = pick(List.of("Exception", "(E0, ZeroDivisionError, IndexError)", "(E1, ArithmeticError, LookupError)"));
            }
            case 7 -> {
                risky = v + " = next(g0)";
                caught = "StopIteration";
            }
            case 8 -> {
                risky = v + " = " + pick(s.objs) + ".extra";
                caught = "AttributeError";
            }
            case 9 -> {
                risky = v + " = t0[" + intLeaf(s) + " % 5]";
                caught = "IndexError";
            }
            case 10 -> {
                risky = pick(s.floats) + " = " + floatLeaf(s) + " / (" + intLeaf(s) + " % 3)";
                caught = "ZeroDivisionError";
            }
            default -> {
                risky = v + " = int('1' + str(" + intLeaf(s) + " % 10) + ('x' if " + boolExpr(s, 1) + " else ''))";
                caught = "ValueError";
            }
        }
        out.open("try:");
        if (risky.startsWith("if ")) {
            int colon = risky.indexOf(": raise ");
            out.open(risky.substring(0, colon + 1));
            out.line(risky.substring(colon + 2));
            out.close();
        } else {
            out.line(risky);
        }
        if (chance(0.3)) {
            block(s, 0, 1);
        }
        out.close();
        if (chance(0.2)) {
            // A handler that does not match first: the search must go on to the next one.
            out.open("except " + pick(List.of("KeyboardInterrupt", "TypeError", "(NameError, UnicodeError)")) + ":");
            out.line("raise");
            out.close();
        }
        boolean catchAll = chance(0.2) || !s.main;
        out.open("except " + (catchAll ? "Exception" : caught) + " as ex:");
        out.line(v + " = " + wrapAlways(v + " + " + between(1, 9)));
        if (s.main) {
            out.open("if len(msgs) < 40:");
            out.line("msgs.append(" + pick(List.of("type(ex).__name__ + ': ' + str(ex)", "repr(ex)", "str(ex.args)")) + ")");
            out.close();
        }
        if (s.loopDepth > 0 && chance(0.15)) {
            out.line(pick(List.of("continue", "break")));
        }
        out.close();
        if (!catchAll && chance(0.5)) {
            out.open("except Exception as ex2:");
            if (s.main) {
                out.line("msgs.append('other ' + type(ex2).__name__)");
            } else {
                out.line(v + " -= 1");
            }
            out.close();
        }
        if (chance(0.3)) {
            out.open("else:");
            block(s, 0, 1);
            out.close();
        }
        if (chance(0.25)) {
            out.open("finally:");
            out.line(s.main ? "chk = (chk + 1) % 1000000007" : v + " += 1");
            out.close();
        }
    }

    private void generatorOp(Scope s) {
        String v = pick(s.ints);
        grows = false;
        switch (random.nextInt(4)) {
            case 0 -> {
                out.open("for gv in gen0(" + intLeaf(s) + " % " + between(2, 8) + "):");
                out.line(v + " = " + wrapAlways(v + " + gv"));
                out.close();
            }
            case 1 -> out.line(v + " = " + wrapAlways("sum(gen0(" + intLeaf(s) + " % 6))"));
            case 2 -> out.line(v + " = " + wrapAlways("sum(q * " + between(1, 5) + " for q in range(" + intLeaf(s) + " % 7))"));
            default -> out.line(pick(s.lists) + "[:] = [q + " + intLeaf(s) + " % 1000 for q in range(" + between(3, 8) + ")]");
        }
    }

    private void loopControl(Scope s) {
        String c = s.counter();
        if (c == null) {
            assignInt(s);
            return;
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                out.open("if " + c + " % " + between(2, 9) + " == " + between(0, 1) + ":");
                out.line("continue");
                out.close();
            }
            case 1 -> {
                out.open("if " + c + " == " + between(5, 2500) + ":");
                out.line("break");
                out.close();
            }
            default -> {
                out.open("if " + boolExpr(s, 1) + ":");
                out.line(pick(List.of("continue", "break", "continue")));
                out.close();
            }
        }
    }

    private void globalRebind(Scope s) {
        if (!s.main) {
            assignInt(s);
            return;
        }
        String c = s.counter();
        out.open("if " + c + " % " + between(2, 200) + " == " + between(0, 1) + ":");
        grows = false;
        if (chance(0.5)) {
            out.line("GI0 = " + wrapAlways("GI0 + " + intLeaf(s)));
        } else {
            out.line("GF0 = " + floatExpr(s, 1));
        }
        out.close();
    }

    private void polyOp(Scope s) {
        if (!s.hasExtras) {
            assignFloat(s);
            return;
        }
        grows = false;
        out.line("p = " + wrapAlways(intExpr(s, 1)) + " if " + boolExpr(s, 1) + " else " + floatExpr(s, 1));
        String target = s.floats.isEmpty() ? null : pick(s.floats);
        if (target != null && chance(0.6)) {
            out.line(target + " = " + target + " * 0.5 + p");
        } else {
            out.line(pick(s.ints) + " += p > " + intLeaf(s));
        }
    }

    private void stringOp(Scope s) {
        String v = pick(s.ints);
        grows = false;
        switch (random.nextInt(5)) {
            case 0 -> out.line("s0 = (s0 + str(" + intLeaf(s) + " % 100))[-" + between(5, 30) + ":]");
            case 1 -> out.line(v + " = " + wrapAlways(v + " + len(s0) + s0.count('1') + s0.find('2')"));
            // Double quotes outside: leaves use single quotes (D0['a']), which 3.11 does not allow nested.
            case 2 -> out.line("s0 = f\"{" + intLeaf(s) + " % 1000}:{" + floatLeaf(s) + ":.2f}|\"[:" + between(8, 40) + "]");
            case 3 -> out.line("s0 = '-'.join(str(q) for q in L0[:" + between(1, 4) + "]) + s0[:" + between(0, 10) + "]");
            default -> out.line(v + " = " + wrapAlways(v + " + (int(s0[-1]) if s0[-1:].isdigit() else ord(s0[0]) if s0 else 3)"));
        }
    }

    private void withOp(Scope s) {
        String v = pick(s.ints);
        out.open("with Ctx(" + pick(List.of("True", "False", "True")) + ") as cm:");
        out.line(v + " = " + wrapAlways(v + " + " + intLeaf(s)));
        out.open("if " + boolExpr(s, 1) + ":");
        out.line("raise " + pick(List.of("E0(", "E1(")) + intLeaf(s) + ")");
        out.close();
        out.close();
    }

    private void iterationOp(Scope s) {
        String v = pick(s.ints);
        switch (random.nextInt(4)) {
            case 0 -> {
                out.open("for q, e in enumerate(L0[:" + between(1, 5) + "]):");
                out.line(v + " = " + wrapAlways(v + " + q * e"));
                out.close();
            }
            case 1 -> {
                out.open("for e, f in zip(L0, t0):");
                out.line(v + " = " + wrapAlways(v + " ^ e - f"));
                out.close();
            }
            case 2 -> out.line(v + " = " + wrapAlways("sum(gen1(" + intLeaf(s) + " % 5))"));
            default -> {
                out.line("L0.sort(key=lambda z: (z % " + between(2, 9) + ", -z))");
                out.line(v + " = " + wrapAlways("sorted(L0, key=abs)[0] + " + v));
            }
        }
    }

    private void operatorOp(Scope s) {
        String v = pick(s.ints);
        switch (random.nextInt(4)) {
            case 0 -> out.line("v0 = v0 + " + intLeaf(s) + " % 1000");
            case 1 -> out.line(v + " = " + wrapAlways(v + " + (" + intLeaf(s) + " % 1000 + v0).x"));
            case 2 -> out.line(v + " += (v0 < " + intLeaf(s) + ") + (v0 == V(v0.x)) + (v0 + v0 < v0)");
            default -> {
                out.open("if " + intLeaf(s) + " < " + v + " <= " + intLeaf(s) + " or (w := " + v + " % 7) == 3:");
                out.line(v + " = " + wrapAlways(v + " + 1"));
                out.close();
            }
        }
    }

    private void callForms(Scope s) {
        String v = pick(s.ints);
        String o = pick(s.objs);
        String call = switch (random.nextInt(4)) {
            case 0 -> functionCount > 0 ? "f0(*t0[:" + between(1, 2) + "], **{'c': " + between(0, 5) + "})" : "ff(" + intLeaf(s) + ")";
            case 1 -> "ff(" + intLeaf(s) + ")";
            case 2 -> "(" + o + ".sup(" + intLeaf(s) + " % 100) if isinstance(" + o + ", C1) else " + o + ".m0(3))";
            default -> "(lambda *a, **k: len(a) + sum(k.values()))(" + intLeaf(s) + " % 9, 2, z=" + between(0, 9) + ")";
        };
        out.line(v + " = " + wrapAlways(v + " + " + call));
    }

    /** Prints conversions and formatting of the current values now and then (repr, format specs, hex, divmod). */
    private void numericProbe(Scope s) {
        String iv = pick(s.allInts());
        String fv = pick(s.allFloats());
        List<String> probes = List.of(
                "f'{" + fv + ":.3g}'", "f'{" + fv + ":+.2f}'", "'%r' % (" + fv + ",)", "'%.4e' % " + fv,
                "hex(" + iv + ")", "(" + iv + ").bit_length()", "'%d|%x' % (" + iv + ", " + iv + ")",
                "f'{" + iv + ":,}'", "divmod(" + fv + ", " + pick(List.of("1.5", "-0.7", "float('inf')")) + ")",
                "divmod(" + iv + ", " + pick(List.of("-7", "3", "-(2**64)")) + ")", fv + ".is_integer()",
                "(" + fv + " // " + pick(List.of("0.7", "-2.5", "float('inf')")) + ")",
                "(" + fv + " % " + pick(List.of("0.7", "-2.5", "float('inf')", "-float('inf')")) + ")",
                "round(" + fv + ", " + between(-2, 3) + ")", "str(" + iv + " * 10**" + between(0, 30) + ")[:25]",
                "(" + iv + " % 50) ** " + between(0, 6), "2 ** -" + between(1, 60), "pow(" + iv + ", " + between(2, 9) + ", 1000003)",
                "(" + iv + " ** 2) // -" + between(1, 99), "int(" + iv + " / " + between(1, 9) + ") if " + fv + " == " + fv + " else 0",
                "float(" + iv + ") == " + iv, "(" + iv + " + 0.0).hex()");
        out.open("if " + (s.counter() != null ? s.counter() : "chk") + " % " + between(5, 300) + " == " + between(0, 4) + ":");
        out.line("print('probe', " + pick(probes) + ", " + pick(probes) + ", " + pick(probes) + ")");
        out.close();
    }

    private void closureOp(Scope s) {
        if (!s.hasExtras) {
            assignInt(s);
            return;
        }
        String v = pick(s.ints);
        switch (random.nextInt(3)) {
            case 0 -> out.line(v + " = " + wrapAlways("add(" + v + ") + inc(1)"));
            case 1 -> {
                out.open("if " + s.counter() + " % " + between(10, 300) + " == 0:");
                out.line("add = mk(" + intLeaf(s) + " % 10)");
                out.close();
            }
            default -> out.line(v + " = " + wrapAlways("(lambda z: z * " + between(2, 5) + " - " + v + ")(" + intLeaf(s) + ")"));
        }
    }

    // ---- expressions ----

    private String intExpr(Scope s, int depth) {
        if (depth <= 0 || chance(0.25)) {
            return intLeaf(s);
        }
        int d = depth - 1;
        return switch (random.nextInt(16)) {
            case 0, 1 -> "(" + intExpr(s, d) + " + " + intExpr(s, d) + ")";
            case 2 -> "(" + intExpr(s, d) + " - " + intExpr(s, d) + ")";
            case 3 -> {
                grows = true;
                yield "(" + intExpr(s, d) + " * " + intExpr(s, d) + ")";
            }
            case 4 -> "(" + intExpr(s, d) + " // " + safeDivisor(s) + ")";
            case 5 -> "(" + intExpr(s, d) + " % " + safeDivisor(s) + ")";
            case 6 -> {
                grows = true;
                yield "(" + intExpr(s, d) + " << " + between(0, 40) + ")";
            }
            case 7 -> "(" + intExpr(s, d) + " >> " + between(0, 70) + ")";
            case 8 -> "(" + intExpr(s, d) + " " + pick(List.of("&", "|", "^")) + " " + intExpr(s, d) + ")";
            case 9 -> pick(List.of("-", "~", "+")) + intLeaf(s);
            case 10 -> "abs(" + intExpr(s, d) + ")";
            case 11 -> pick(List.of("min(", "max(")) + intExpr(s, d) + ", " + intExpr(s, d) + ")";
            case 12 -> "(" + intExpr(s, d) + " if " + boolExpr(s, d) + " else " + intExpr(s, d) + ")";
            case 13 -> "(" + boolExpr(s, d) + ")";
            case 14 -> {
                String c = call(s);
                yield c == null ? intLeaf(s) : c;
            }
            default -> "(" + intExpr(s, d) + " + " + intLeaf(s) + ")";
        };
    }

    /** An int divisor that is never zero: {@code (e % k + 1)} is in 1..k. */
    private String safeDivisor(Scope s) {
        return chance(0.3) ? String.valueOf(pick(List.of(1, 2, 3, 7, -3, 1000, 4294967296L)))
                : "(" + intLeaf(s) + " % " + between(1, 9) + " + 1)";
    }

    private String intLeaf(Scope s) {
        int r = random.nextInt(s.main ? 12 : 6);
        return switch (r) {
            case 0, 1, 2 -> pick(s.allInts());
            case 3 -> intConstant();
            case 4 -> s.counter() != null ? s.counter() : pick(s.allInts());
            case 5 -> "(" + pick(s.allInts()) + " + " + between(-3, 3) + ")";
            case 6 -> pick(s.lists) + "[" + pick(s.allInts()) + " % len(" + pick(s.lists) + ")]";
            case 7 -> pick(s.dicts) + "[" + pick(STABLE_KEYS) + "]";
            case 8 -> pick(s.objs) + "." + pick(List.of("a", "b", "ca", "pa"));
            case 9 -> "t0[" + between(0, 2) + "]";
            case 10 -> "len(" + pick(List.of("msgs", "L0", "D0")) + ")";
            default -> "C0.ca";
        };
    }

    private String floatExpr(Scope s, int depth) {
        if (depth <= 0 || chance(0.25)) {
            return floatLeaf(s);
        }
        int d = depth - 1;
        return switch (random.nextInt(12)) {
            case 0, 1 -> "(" + floatExpr(s, d) + " + " + floatExpr(s, d) + ")";
            case 2 -> "(" + floatExpr(s, d) + " - " + floatExpr(s, d) + ")";
            case 3 -> "(" + floatExpr(s, d) + " * " + floatExpr(s, d) + ")";
            case 4 -> "(" + floatExpr(s, d) + " / (abs(" + floatExpr(s, d) + ") + 0.5))";
            case 5 -> "(" + pick(s.allInts()) + " / " + safeDivisor(s) + ")";
            case 6 -> "(" + pick(s.allInts()) + " * " + floatLeaf(s) + ")";
            case 7 -> pick(List.of("abs(", "-(", "math.sqrt(abs(", "round(")) .transform(f -> switch (f) {
                case "math.sqrt(abs(" -> f + floatExpr(s, d) + "))";
                case "round(" -> f + floatExpr(s, d) + ", " + between(0, 4) + ")";
                default -> f + floatExpr(s, d) + ")";
            });
            case 8 -> pick(List.of("min(", "max(")) + floatExpr(s, d) + ", " + floatExpr(s, d) + ")";
            case 9 -> "(" + floatExpr(s, d) + " if " + boolExpr(s, d) + " else " + floatExpr(s, d) + ")";
            case 10 -> "(" + floatExpr(s, d) + " + " + pick(s.allInts()) + ")";
            default -> "(" + floatExpr(s, d) + pick(List.of(" // ", " % ")) + pick(List.of("0.7", "-2.5", "float('inf')", "1e-300")) + ")";
        };
    }

    private String floatLeaf(Scope s) {
        List<String> floats = s.allFloats();
        int r = random.nextInt(s.main ? 6 : 4);
        return switch (r) {
            case 0, 1 -> floats.isEmpty() ? floatConstant() : pick(floats);
            case 2 -> floatConstant();
            case 3 -> "float(" + pick(s.allInts()) + ")";
            case 4 -> pick(s.objs) + ".f";
            default -> s.counter() != null ? "(" + s.counter() + " * 0.5)" : floatConstant();
        };
    }

    private String boolExpr(Scope s, int depth) {
        if (depth > 0 && chance(0.25)) {
            return "(" + boolExpr(s, depth - 1) + pick(List.of(" and ", " or ")) + boolExpr(s, depth - 1) + ")";
        }
        if (depth > 0 && chance(0.1)) {
            return "not " + boolExpr(s, depth - 1);
        }
        String op = pick(List.of("<", "<=", "==", "!=", ">", ">="));
        return switch (random.nextInt(s.main ? 8 : 5)) {
            case 0, 1 -> intLeaf(s) + " " + op + " " + intLeaf(s);
            case 2 -> floatLeaf(s) + " " + op + " " + floatLeaf(s);
            case 3 -> intLeaf(s) + " " + op + " " + floatLeaf(s);
            case 4 -> (s.counter() != null ? s.counter() : intLeaf(s)) + " % " + between(2, 7) + " == " + between(0, 1);
            case 5 -> "hasattr(" + pick(s.objs) + ", 'extra')";
            case 6 -> intLeaf(s) + " in " + pick(s.lists);
            default -> pick(List.of("isinstance(p, float)", pick(s.objs) + ".__class__ is C1",
                    pick(VOLATILE_KEYS) + " in " + pick(s.dicts)));
        };
    }

    private String wrap(String e) {
        return WRAPS[random.nextInt(WRAPS.length)].replace("@", e);
    }

    /** Reduced, whatever it holds (for stores whose operands may have grown). */
    private String wrapAlways(String e) {
        return wrap(e);
    }

    private String intConstant() {
        return chance(0.5) ? String.valueOf(between(-20, 200)) : pick(INT_CONSTANTS);
    }

    private String floatConstant() {
        return pick(FLOAT_CONSTANTS);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
