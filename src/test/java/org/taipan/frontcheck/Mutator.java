package org.taipan.frontcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random source mutations for {@link FrontEndFuzzTest}: each call picks one way of breaking
 * (or deeply nesting) Python source. Deterministic for a given {@link Random}.
 */
final class Mutator {
    /** Rough Python tokens: names, numbers, string openers, operators, newlines, other spaces. */
    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_\\u0080-\\uFFFF][\\w\\u0080-\\uFFFF]*|\\d[\\w.]*|[rbfuRBFU]{0,2}('''|\"\"\"|'|\")"
                    + "|\\*\\*=?|//=?|->|:=|[<>=!]=|<<=?|>>=?|[-+*/%@&|^~<>()\\[\\]{}.,:;=]|\\n|[ \\t\\f]+|\\\\|.",
            Pattern.DOTALL);

    private static final String[] INSERTS = {
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", "\\\n", "\t", "\n", " ", "    ",
        ":", ",", ";", "=", ":=", "*", "**", "@", "->", ".", "...", "#", "lambda", "yield", "await",
        "async", "def", "class", "return", "if", "else", "for", "in", "not", "match", "case", "_",
        "global x", "nonlocal x", "f'", "f\"{", "}", "{x!r:>{y}}", "\u00e9", "\u20ac", "\u200b",
        "\u00a0", "\ud83d\ude00", "\u0000", "\u0001", "\u001b", "\r", "\r\n", "\f", "\ufeff", "0x", "1_",
        "0o8", "1e", "1j", "00", "b'\u00e9'", "'\\N{", "'\\x", "\\u", "__debug__", "except*", "del",
        "from __future__ import annotations\n", "import *", "*a", "**k",
    };

    private final Random rnd;

    Mutator(Random rnd) {
        this.rnd = rnd;
    }

    /** One mutant of {@code src}; {@code src} may be empty. Returns a short description in {@code what[0]}. */
    String mutate(String src, String[] what) {
        int kind = rnd.nextInt(15);
        switch (kind) {
            case 0 -> {
                what[0] = "truncate";
                return src.isEmpty() ? src : src.substring(0, cut(src));
            }
            case 1 -> {
                what[0] = "delete chars";
                return deleteChars(src);
            }
            case 2 -> {
                what[0] = "insert";
                return insertAt(src, INSERTS[rnd.nextInt(INSERTS.length)]);
            }
            case 3, 4 -> {
                what[0] = "token edit";
                return tokenEdit(src);
            }
            case 5 -> {
                what[0] = "duplicate span";
                return duplicateSpan(src);
            }
            case 6 -> {
                what[0] = "swap lines";
                return swapLines(src);
            }
            case 7 -> {
                what[0] = "reindent";
                return reindent(src);
            }
            case 8 -> {
                what[0] = "random char";
                return insertAt(src, new String(Character.toChars(randomCodePoint())));
            }
            case 9, 10 -> {
                what[0] = "deep nesting";
                return insertAt(src, deep());
            }
            case 11 -> {
                what[0] = "deep nesting alone";
                return deep();
            }
            case 12 -> {
                what[0] = "several edits";
                String s = src;
                int n = 2 + rnd.nextInt(5);
                String[] ignored = new String[1];
                for (int i = 0; i < n; i++) {
                    s = mutateSimple(s, ignored);
                }
                return s;
            }
            case 13 -> {
                what[0] = "truncate + token edit";
                String s = src.isEmpty() ? src : src.substring(0, cut(src));
                return tokenEdit(s);
            }
            default -> {
                what[0] = "insert many";
                String s = src;
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n; i++) {
                    s = insertAt(s, INSERTS[rnd.nextInt(INSERTS.length)]);
                }
                return s;
            }
        }
    }

    private String mutateSimple(String src, String[] what) {
        String s;
        do {
            s = mutate(src, what);
        } while (what[0].startsWith("deep") || what[0].equals("several edits"));
        return s;
    }

    private int cut(String s) {
        int i = rnd.nextInt(s.length() + 1);
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }

    private String insertAt(String s, String ins) {
        int i = cut(s);
        return s.substring(0, i) + ins + s.substring(i);
    }

    private String deleteChars(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = cut(s);
        int j = Math.min(s.length(), i + 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 40));
        if (j < s.length() && Character.isLowSurrogate(s.charAt(j))) {
            j++;
        }
        return s.substring(0, i) + s.substring(j);
    }

    private String duplicateSpan(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = cut(s);
        int j = Math.min(s.length(), i + rnd.nextInt(200));
        if (j < s.length() && Character.isLowSurrogate(s.charAt(j))) {
            j++;
        }
        return s.substring(0, j) + s.substring(i, j) + s.substring(j);
    }

    private String swapLines(String s) {
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return s;
        }
        int a = rnd.nextInt(lines.length);
        int b = rnd.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }

    private String reindent(String s) {
        String[] lines = s.split("\n", -1);
        if (lines.length == 0) {
            return s;
        }
        int a = rnd.nextInt(lines.length);
        String[] prefixes = {"", " ", "  ", "\t", " \t", "\t ", "        ", "\f", "   \t    "};
        lines[a] = prefixes[rnd.nextInt(prefixes.length)] + lines[a].stripLeading();
        return String.join("\n", lines);
    }

    private String tokenEdit(String s) {
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            toks.add(m.group());
        }
        if (toks.isEmpty()) {
            return s;
        }
        int i = rnd.nextInt(toks.size());
        switch (rnd.nextInt(4)) {
            case 0 -> toks.remove(i);
            case 1 -> toks.add(i, toks.get(i));
            case 2 -> {
                int j = rnd.nextInt(toks.size());
                String t = toks.get(i);
                toks.set(i, toks.get(j));
                toks.set(j, t);
            }
            default -> toks.set(i, toks.get(rnd.nextInt(toks.size())));
        }
        return String.join("", toks);
    }

    private int randomCodePoint() {
        return switch (rnd.nextInt(5)) {
            case 0 -> rnd.nextInt(0x20);
            case 1 -> 0x20 + rnd.nextInt(0x60);
            case 2 -> 0x80 + rnd.nextInt(0x780);
            case 3 -> {
                int cp = rnd.nextInt(0x10000);
                yield Character.isSurrogate((char) cp) ? 0xfffd : cp;
            }
            default -> 0x10000 + rnd.nextInt(0x100000);
        };
    }

    /** A deeply nested construct: the recursion-depth traps of a recursive-descent front end. */
    String deep() {
        int n = switch (rnd.nextInt(4)) {
            case 0 -> 1 + rnd.nextInt(250);
            case 1 -> 150 + rnd.nextInt(2000);
            case 2 -> 1000 + rnd.nextInt(20000);
            default -> 20000 + rnd.nextInt(40000);
        };
        return switch (rnd.nextInt(22)) {
            case 0 -> "x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n";
            case 1 -> "x = " + "[".repeat(n) + "]".repeat(n) + "\n";
            case 2 -> "x = " + "{".repeat(n) + "}".repeat(n) + "\n";
            case 3 -> "x = " + "-".repeat(n) + "1\n";
            case 4 -> "x = " + "not ".repeat(n) + "y\n";
            case 5 -> "x = " + "1 + ".repeat(n) + "1\n";
            case 6 -> "x = " + "2 ** ".repeat(n) + "2\n";
            case 7 -> "x = f" + "()".repeat(n) + "\n";
            case 8 -> "x = a" + "[0]".repeat(n) + "\n";
            case 9 -> "x = a" + ".b".repeat(n) + "\n";
            case 10 -> "x = " + "lambda: ".repeat(n) + "1\n";
            case 11 -> "x = " + "y if z else ".repeat(n) + "w\n";
            case 12 -> nestedBlocks(Math.min(n, 3000));
            case 13 -> nestedFString(1 + rnd.nextInt(8));
            case 14 -> "x = " + "(".repeat(n) + "\n";
            case 15 -> "x = " + "~".repeat(n) + "1\n";
            case 16 -> "x = " + "a and ".repeat(n) + "b\n";
            case 17 -> "x = " + "a < ".repeat(n) + "b\n";
            case 18 -> "x = " + "[".repeat(n) + "1" + "for y in z]".repeat(Math.min(n, 1))
                    + "]".repeat(Math.max(0, n - 1)) + "\n";
            case 19 -> "def f():\n    x = " + "await ".repeat(n) + "y\n";
            case 20 -> "x = " + "(a, ".repeat(n) + ")".repeat(n) + "\n";
            default -> "x = " + "'a' ".repeat(n) + "\n";
        };
    }

    private String nestedBlocks(int depth) {
        StringBuilder sb = new StringBuilder();
        String[] heads = {"if x:", "for a in b:", "while c:", "with d:", "try:", "def f():", "class C:"};
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append(heads[rnd.nextInt(heads.length)]).append('\n');
        }
        sb.append(" ".repeat(depth)).append("pass\n");
        return sb.toString();
    }

    private String nestedFString(int depth) {
        String[] quotes = {"'", "\"", "'''", "\"\"\""};
        String inner = "x";
        for (int i = 0; i < depth; i++) {
            String q = quotes[rnd.nextInt(quotes.length)];
            inner = "f" + q + "{" + inner + "}" + q;
        }
        return "y = " + inner + "\n";
    }
}
