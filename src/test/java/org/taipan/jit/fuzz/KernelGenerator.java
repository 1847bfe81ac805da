package org.taipan.jit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a deterministic Python 3.11 program of "kernels" from a seed: the fuzzer's input
 * meant to reach tier 2. Where {@link ProgramGenerator} writes long mains that mix everything
 * (and whose loops mostly abort recording), every kernel here is one function whose hot loop
 * ({@code for i in range(...)}, or a {@code while} counting up) uses what the recorder traces
 * and its edges:
 * <ul>
 * <li>int arithmetic crossing 2**63 (masks to 64 bits, so values leave and re-enter the
 *     {@code long} range), floor division and modulo by constants, shifts, negation;</li>
 * <li>floats, int/float mixing, a variable {@code p} that turns from int into float mid-loop;</li>
 * <li>branches that flip once in the middle of the loop or every few iterations (bridges);</li>
 * <li>attribute loads and stores on instances of three classes ({@code P}, its subclass
 *     {@code Q}, an unrelated {@code R} with the same attribute names) picked per iteration, so
 *     attribute and method call sites see several classes;</li>
 * <li>calls 1 to 3 deep: a chain of functions, defaults, methods, bound method objects, a
 *     list of functions called from one site, classes instantiated in the loop;</li>
 * <li>lists and tuples: index, negative index, store, append, unpacking, slices, a tuple
 *     iterated by an inner loop; builtins {@code len}, {@code abs}, {@code min}, {@code max};</li>
 * <li>a global read in the loop and rebound mid-loop, a global function rebound mid-loop, a
 *     method monkey-patched on a class mid-loop;</li>
 * <li>exceptions raised in callees (1 or 2 deep) and caught in the loop, ZeroDivisionError and
 *     IndexError caught in the loop, a kernel that raises out of its loop;</li>
 * <li>generators (iterated in the loop, advanced with {@code next}) and closures (a cell read,
 *     a {@code nonlocal} counter, a lambda).</li>
 * </ul>
 * Each kernel is called with a few iteration counts (1 to 3 as well as hundreds, so loops that
 * run a handful of times are covered), under {@code try}: an escaping exception prints as
 * {@code E <type> <message>}. About one program in eight ends with an uncaught exception, so the
 * traceback on stderr is compared too. Nothing is imported.
 *
 * <p>Guarantees, by construction: every local is bound before the loop and keeps its type (but
 * {@code p}); ints that multiply or shift are masked or reduced when stored; every loop is bounded;
 * output depends on no hash order, id or time. The same seed always gives the same text.
 */
public final class KernelGenerator {
    private static final String MASK = "0xFFFFFFFFFFFFFFFF";
    /** Keeps a value in the signed 64-bit range (non-negative), where tier 2 computes with {@code long}s. */
    private static final String M63 = "0x7FFFFFFFFFFFFFFF";
    private static final List<String> BIG = List.of("9223372036854775807", "4611686018427387904",
            "-9223372036854775808", "9223372036854775000", "(1 << 62)", "3037000499", "2147483647");
    private static final List<String> FLOATS = List.of("0.5", "1.0001", "-0.75", "1e-3", "3.25", "1e300",
            "-0.0", "2.5e-300");

    private final SplittableRandom random;
    private final PyWriter out = new PyWriter();
    /** Kernel-level features that need module-level helpers or a {@code global} line. */
    private boolean usesGlobal;

    private KernelGenerator(long seed) {
        this.random = new SplittableRandom(seed ^ 0x6b65726e656cL);
    }

    /**
     * The program of {@code seed}.
     *
     * @param seed any long; equal seeds give equal programs
     * @return Python 3.11 source, ending with a newline
     */
    public static String generate(long seed) {
        return new KernelGenerator(seed).program();
    }

    private String program() {
        prelude();
        int kernels = between(3, 6);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < kernels; k++) {
            names.add(kernel(k));
        }
        for (String name : names) {
            int calls = between(1, 3);
            for (int c = 0; c < calls; c++) {
                String n = pick(List.of("1", "2", "3", "7", "40", "300", "500", "1000"));
                out.open("try:");
                out.line("print('" + name + "', " + n + ", " + name + "(" + n + "))");
                out.close();
                out.open("except Exception as e:");
                out.line("print('E', '" + name + "', type(e).__name__, e)");
                out.close();
            }
        }
        out.line("print('globals', G, HOOK(1), P.step(P(2), 3))");
        if (chance(0.12)) {
            // An uncaught exception raised inside a hot loop: the traceback and exit status are compared.
            out.line(pick(List.of("raiser(" + between(5, 400) + ")", names.getFirst() + "(2) and raiser(50)",
                    "deep(" + between(3, 300) + ")")));
        }
        return out.toString();
    }

    /** Module-level classes, helpers and globals every kernel may use. */
    private void prelude() {
        out.line("G = " + between(0, 50));
        out.line("");
        out.open("class P:");
        out.line("kind = 1");
        out.open("def __init__(self, v):");
        out.line("self.v = v");
        out.line("self.w = v % 13");
        out.line("self.f = v * 0.5");
        out.close();
        out.open("def step(self, k):");
        out.line("return " + pick(List.of("self.v % 17 + k", "(self.w ^ k) & 1023", "k - self.w")));
        out.close();
        out.open("def bump(self, k=2):");
        out.line("self.w = (self.w * 3 + k) % 1009");
        out.line("return self.w");
        out.close();
        out.close();
        out.line("");
        out.open("class Q(P):");
        out.line("kind = 2");
        out.open("def step(self, k):");
        out.line("return " + pick(List.of("self.w * 2 - k", "(self.v + k) % 101")));
        out.close();
        out.close();
        out.line("");
        out.open("class R:");
        out.line("kind = 3");
        out.open("def __init__(self, v):");
        out.line("self.f = -v * 0.25");
        out.line("self.w = v % 7");
        out.line("self.v = v + 1");
        out.close();
        out.open("def step(self, k):");
        out.line("return k % 5 + self.w");
        out.close();
        out.open("def bump(self, k=1):");
        out.line("self.w = (self.w + k) % 97");
        out.line("return -self.w");
        out.close();
        out.close();
        out.line("");
        out.open("def alt_step(self, k):");
        out.line("return k * 3 - self.v % 11");
        out.close();
        out.line("");
        int depth = between(1, 3);
        out.open("def f3(a, i):");
        out.line("return " + pick(List.of("(a ^ i) + 1", "a * 3 + i", "a - (i << 2)")));
        out.close();
        out.open("def f2(a, i):");
        out.line("return " + (depth >= 3 ? "f3(a, i) + 1" : "a + i * 2"));
        out.close();
        out.open("def f1(a, i):");
        out.line("return " + (depth >= 2 ? "f2(a + 1, i) & " + M63 : "(a * 5 + i) & " + M63));
        out.close();
        out.open("def g(v, k=" + between(2, 9) + "):");
        out.line("return (v * k + 1) % 997");
        out.close();
        out.open("def h1(v):");
        out.line("return v + 1");
        out.close();
        out.open("def h2(v):");
        out.line("return v * 2 % 1009");
        out.close();
        out.open("def h3(v, w=4):");
        out.line("return v - w");
        out.close();
        out.open("def HOOK(v):");
        out.line("return v + " + between(1, 9));
        out.close();
        out.open("def hook2(v):");
        out.line("return v * 2");
        out.close();
        int mod = between(3, 9);
        out.open("def risky2(v):");
        out.open("if v % " + mod + " == " + between(0, mod - 1) + ":");
        out.line("raise ValueError('bad ' + str(v))");
        out.close();
        out.line("return v // 2");
        out.close();
        out.open("def risky(v):");
        out.line("return " + pick(List.of("risky2(v) + 1", "risky2(v + 3) * 2")));
        out.close();
        out.open("def gen(k):");
        out.open("for j in range(k):");
        out.line("yield j * 3 + 1");
        out.close();
        out.close();
        out.open("def make_adder(k):");
        out.open("def add(v):");
        out.line("return (v + k) & " + M63);
        out.close();
        out.line("return add");
        out.close();
        out.open("def make_counter():");
        out.line("c = 0");
        out.open("def cnt():");
        out.line("nonlocal c");
        out.line("c += 1");
        out.line("return c");
        out.close();
        out.line("return cnt");
        out.close();
        out.open("def raiser(n):");
        out.line("t = 0");
        out.open("for i in range(n):");
        out.line("t += 100 // (n - 1 - i)");
        out.close();
        out.line("return t");
        out.close();
        out.open("def deep(n):");
        out.line("t = 0");
        out.open("for i in range(n):");
        out.line("t += risky(i) + [1, 2, 3][i % 3]");
        out.close();
        out.line("return t");
        out.close();
        out.line("");
    }

    /** One kernel function; returns its name. */
    private String kernel(int index) {
        String name = "k" + index;
        usesGlobal = false;
        PyWriter body = new PyWriter();
        int statements = between(2, 7);
        // A core kernel keeps to what the recorder traces today, so most programs compile traces
        // while the recorder grows; the others use everything (and abort where it is not traced yet).
        boolean core = chance(0.6);
        List<Consumer<PyWriter>> chosen = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            chosen.add(core ? coreStatement() : statement());
        }
        out.open("def " + name + "(n):");
        if (usesGlobal) {
            out.line("global G, HOOK");
        }
        out.line("a = " + (core ? between(0, 1000000) : pick(BIG)));
        // c crosses the 64-bit boundary after a few hundred iterations of a core kernel's "c = c + step".
        out.line("c = " + pick(List.of("9223372036854775807 - " + between(1, 600) + " * (1 << 40)",
                "-9223372036854775808 + " + between(1, 600) + " * (1 << 41)", "9223372036854775000")));
        out.line("b = " + between(0, 99));
        out.line("x = " + pick(FLOATS));
        out.line("y = 1.5");
        out.line("p = " + between(0, 9));
        out.line("msgs = 0");
        out.line("L = [" + between(0, 9) + ", " + between(0, 9) + ", " + between(0, 9) + ", 4, 5]");
        out.line("T = (" + between(1, 9) + ", " + between(1, 9) + ")");
        out.line("objs = [P(" + between(1, 30) + "), " + pick(List.of("Q", "P", "R")) + "(" + between(1, 30) + "), "
                + pick(List.of("R", "Q", "P")) + "(" + between(1, 30) + ")]");
        out.line("o = objs[0]");
        out.line("bm = objs[" + between(0, 2) + "].step");
        out.line("fs = [h1, " + pick(List.of("h2", "h3")) + ", " + pick(List.of("h3", "h1", "g")) + "]");
        out.line("add = make_adder(" + between(1, 99) + ")");
        out.line("cnt = make_counter()");
        out.line("sq = lambda v: v * v % 1009");
        out.line("it = gen(n)");
        out.line("i = -1");
        int form = between(0, 2);
        switch (form) {
            case 0 -> out.open("for i in range(n):");
            case 1 -> out.open("for i in range(" + between(1, 3) + ", n + " + between(1, 3) + "):");
            default -> {
                out.line("i = 0");
                out.open("while i < n:");
                out.line("i += 1");
            }
        }
        for (Consumer<PyWriter> s : chosen) {
            s.accept(out);
        }
        if (!core && chance(0.3)) {
            out.open("for j in range(" + between(1, 4) + "):");
            out.line(pick(List.of("a = (a + j * i) & " + MASK, "x = x + j * 0.5", "b = (b + L[j % len(L)]) % 1000")));
            out.close();
        }
        if (chance(0.1)) {
            out.open("if i == n - " + between(1, 3) + ":");
            out.line("break");
            out.close();
        }
        out.close();
        out.line("return a, b, x, y, p, msgs, L[:6], len(L), T, o.v, o.w, c, i");
        out.close();
        out.line("");
        return name;
    }

    /** A statement of the loop body, chosen now and written later. */
    private Consumer<PyWriter> statement() {
        return switch (between(0, 11)) {
            case 0 -> intStatement();
            case 1 -> floatStatement();
            case 2 -> branch();
            case 3 -> attribute();
            case 4, 5 -> call();
            case 6 -> sequence();
            case 7 -> builtin();
            case 8 -> dynamic();
            case 9 -> exception();
            case 10 -> generatorOrClosure();
            default -> intStatement();
        };
    }

    /**
     * A statement of a core kernel: int arithmetic that stays in or overflows the 64-bit range, floats,
     * int and float compares, instance attributes of the three classes, calls of functions, methods
     * and bound methods, list indexing and stores (the list keeps its 5 items).
     */
    private Consumer<PyWriter> coreStatement() {
        int kind = between(0, 18);
        if (kind == 18) {
            // raised by // or indexing inside the trace, or by a callee, and caught in the loop
            return exception();
        }
        if (kind == 17) {
            // a global, a global function or a method rebound mid-loop: invalidation inside a traced loop
            return dynamic(between(0, 2));
        }
        if (kind == 15 || kind == 16) {
            String cond = kind == 15 ? "i % " + between(2, 7) + " == " + between(0, 1) : pick(List.of("x < y", "i < n - " + between(2, 200)));
            String then = pick(List.of("a = (a + " + between(1, 1000) + ") & " + M63, "x = x + 1.5", "b = b + 1"));
            String otherwise = pick(List.of("b = b - 1", "x = x - 0.25", "a = a ^ i", "y = y * -1.0"));
            return w -> {
                w.open("if " + cond + ":");
                w.line(then);
                w.close();
                w.open("else:");
                w.line(otherwise);
                w.close();
            };
        }
        return line(switch (kind) {
            case 0 -> "a = (a * " + between(3, 99) + " + i) % " + pick(List.of("1000003", "2147483647", "4294967311"));
            case 1 -> "c = c + " + pick(List.of("(1 << 40)", "1099511627776", "-(1 << 41)", "3"));
            case 2 -> "b = (b + i) % " + between(2, 101);
            case 3 -> "a = a ^ (b * " + between(3, 999) + ")";
            case 4 -> pick(List.of("a = a - i * " + pick(List.of("3", "1000003", "65536")), "a = (a + c % 1000) % 1000003"));
            case 5 -> "x = x * " + pick(FLOATS) + " + y";
            case 6 -> "y = y * 1.0001 - x / " + pick(List.of("3.0", "-2.5", "1e10"));
            case 7 -> "o.v = o.v + i";
            case 8 -> "a = (a + o.w) % 1000003";
            case 9 -> "o = objs[i % 3]";
            case 10 -> "o.f = o.f * 0.5 + x";
            case 11 -> pick(List.of("a = f1(a, i)", "b = (b + o.step(i)) % 1000", "b = (b + bm(i)) % 1000",
                    "b = fs[i % 3](b) % 1000", "a = add(a)"));
            case 12 -> "L[i % 5] = (L[i % 5] + b) % 1000";
            case 13 -> "b = (b + L[" + between(0, 4) + "] * " + between(1, 9) + ") % 1000";
            default -> "b = (b * " + between(2, 9) + " + a % 7) % 1009";
        });
    }

    private Consumer<PyWriter> line(String text) {
        return w -> w.line(text);
    }

    private Consumer<PyWriter> intStatement() {
        return line(switch (between(0, 8)) {
            case 0 -> "a = (a * " + between(3, 99) + " + i) & " + MASK;
            case 1 -> "a = ((a + " + pick(BIG) + ") + 9223372036854775808) % 18446744073709551616 - 9223372036854775808";
            case 2 -> "a = a - i * " + pick(BIG);
            case 3 -> "b = (b + i) % " + between(2, 101);
            case 4 -> "a = (a ^ (b << " + between(0, 40) + ")) & " + MASK;
            case 5 -> "a = a // " + pick(List.of("3", "-7", "2", "1000003")) + " + b";
            case 6 -> "b = -b % " + between(5, 300);
            case 7 -> "a = (a >> " + between(1, 3) + ") + (i % " + between(2, 9) + ")";
            default -> "p = p + 1 if i % " + between(2, 7) + " else p + 0.5";
        });
    }

    private Consumer<PyWriter> floatStatement() {
        return line(switch (between(0, 5)) {
            case 0 -> "x = x * " + pick(FLOATS) + " + i";
            case 1 -> "y = y + x / " + pick(List.of("3.0", "-2.5", "7", "1e10"));
            case 2 -> "x = x - a";
            case 3 -> "y = abs(y - " + pick(FLOATS) + ") * 0.5";
            case 4 -> "x = x / 1e6 if x > 1e6 else x + b * 0.25";
            default -> "y = y * 0.5 + (i & 7)";
        });
    }

    private Consumer<PyWriter> branch() {
        int kind = between(0, 3);
        String cond = switch (kind) {
            case 0 -> "i % " + between(2, 7) + " == " + between(0, 1);
            case 1 -> "i < n // 2";
            case 2 -> "a > b";
            default -> "x < y";
        };
        String then = pick(List.of("a = (a + " + pick(BIG) + ") & " + MASK, "x += 1.5", "b += 1", "a, b = b, a"));
        String otherwise = pick(List.of("b -= 1", "x -= 0.25", "a = a ^ i", "y = -y"));
        return w -> {
            w.open("if " + cond + ":");
            w.line(then);
            w.close();
            w.open("else:");
            w.line(otherwise);
            w.close();
        };
    }

    private Consumer<PyWriter> attribute() {
        return line(switch (between(0, 5)) {
            case 0 -> "o.v = o.v + i";
            case 1 -> "a = (a + o.w) & " + MASK;
            case 2 -> "o.w = (o.w * 3 + b) % 1009";
            case 3 -> "o = objs[i % 3]";
            case 4 -> "o.f = o.f * 0.5 + x";
            default -> "b = (b + o.kind) % 1000";
        });
    }

    private Consumer<PyWriter> call() {
        return line(switch (between(0, 8)) {
            case 0 -> "a = f1(a, i)";
            case 1 -> "b = g(b)";
            case 2 -> "b = g(b, i % 5)";
            case 3 -> "a = (a + o.step(i)) & " + MASK;
            case 4 -> "a = (a + bm(i)) & " + MASK;
            case 5 -> "b = fs[i % 3](b) % 1000";
            case 6 -> "o = " + pick(List.of("P", "Q", "R")) + "(i % 50)";
            case 7 -> "b = (b + o.bump()) % 1000";
            default -> "b = (b + objs[i % 3].bump(i)) % 1000";
        });
    }

    private Consumer<PyWriter> sequence() {
        int kind = between(0, 7);
        if (kind == 7) {
            return w -> {
                w.open("for e in T:");
                w.line("b = (b + e) % 1000");
                w.close();
            };
        }
        if (kind == 6) {
            return w -> {
                w.line("L.append(i % 50)");
                w.open("if len(L) > " + between(6, 30) + ":");
                w.line(pick(List.of("L = L[-5:]", "del L[0]", "L.pop()")));
                w.close();
            };
        }
        return line(switch (kind) {
            case 0 -> "L[i % len(L)] = (L[i % len(L)] + a) % 1000";
            case 1 -> "a = (a + L[-1] - L[-2]) & " + MASK;
            case 2 -> "u, v = T";
            case 3 -> "T = (T[1], T[0] + i % 7)";
            case 4 -> "b = (b + len(L[1:4]) + sum(L[::2])) % 1000";
            default -> "b = (b + T[-1] * L[0]) % 1000";
        });
    }

    private Consumer<PyWriter> builtin() {
        return line(switch (between(0, 4)) {
            case 0 -> "a = max(a, i) - min(b, 3)";
            case 1 -> "b = abs(b - i) % 1000";
            case 2 -> "b = (b + len(L)) % 1000";
            case 3 -> "x = max(x, 0.5) - min(y, 2.0)";
            default -> "a = abs(a) & " + MASK;
        });
    }

    /** Globals rebound and methods monkey-patched mid-loop: what invalidation must handle. */
    private Consumer<PyWriter> dynamic() {
        return dynamic(between(0, 3));
    }

    private Consumer<PyWriter> dynamic(int kind) {
        usesGlobal = true;
        String when = "i == n // " + between(2, 4);
        return switch (kind) {
            case 0 -> w -> {
                w.line("a = (a + G) & " + MASK);
                w.open("if " + when + ":");
                w.line("G = G + " + between(1, 9));
                w.close();
            };
            case 1 -> w -> {
                w.line("b = HOOK(b) % 1000");
                w.open("if " + when + ":");
                w.line("HOOK = hook2");
                w.close();
            };
            case 2 -> w -> {
                w.line("a = (a + o.step(i)) & " + MASK);
                w.open("if " + when + ":");
                w.line(pick(List.of("P.step = alt_step", "Q.step = alt_step", "R.step = alt_step")));
                w.close();
            };
            default -> w -> {
                w.line("b = (b + P.kind) % 1000");
                w.open("if " + when + ":");
                w.line("P.kind = P.kind + 1");
                w.close();
            };
        };
    }

    private Consumer<PyWriter> exception() {
        int kind = between(0, 3);
        String risky = switch (kind) {
            case 0 -> "a = (a + risky(i)) & " + MASK;
            case 1 -> "b = (b + 1000 // (i % " + between(2, 6) + ")) % 1000";
            case 2 -> "b = (b + L[i % " + between(5, 12) + "]) % 1000";
            default -> "b = (b + risky2(i)) % 1000";
        };
        // The handler matches (exactly, by a base class, in a tuple after a first clause that does not),
        // except now and then, when the exception leaves the kernel.
        String exact = switch (kind) {
            case 1 -> pick(List.of("ZeroDivisionError", "ArithmeticError"));
            case 2 -> pick(List.of("IndexError", "LookupError"));
            default -> "ValueError";
        };
        String caught = chance(0.08) ? pick(List.of("KeyError", "TypeError"))
                : pick(List.of(exact, exact, "(TypeError, " + exact + ")", "Exception"));
        boolean firstMisses = chance(0.25);
        boolean named = chance(0.5);
        return w -> {
            w.open("try:");
            w.line(risky);
            w.close();
            if (firstMisses) {
                w.open("except KeyError:");
                w.line("msgs -= 100");
                w.close();
            }
            w.open("except " + caught + (named ? " as e:" : ":"));
            w.line(named ? "msgs += len(str(e))" : "msgs += 1");
            w.close();
        };
    }

    private Consumer<PyWriter> generatorOrClosure() {
        int kind = between(0, 5);
        if (kind == 0) {
            return w -> {
                w.open("for v in gen(i % 4):");
                w.line("a = (a + v) & " + MASK);
                w.close();
            };
        }
        return line(switch (kind) {
            case 1 -> "b = (b + next(it, -1)) % 1000";
            case 2 -> "a = add(a)";
            case 3 -> "msgs += cnt() % 3";
            case 4 -> "b = sq(b + i)";
            default -> "b = (b + sum(v for v in T)) % 1000";
        });
    }

    private int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
