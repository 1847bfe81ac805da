package org.taipan.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.ast.Expr;
import org.taipan.ast.Mod;
import org.taipan.ast.Utf8Columns;
import org.taipan.code.CodeObject;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTraceback;
import org.taipan.runtime.PyType;

/**
 * Formats an uncaught exception exactly as CPython 3.11 prints it ({@code PyErr_Display} and
 * {@code Python/traceback.c}): chained exceptions first, one {@code File ..., line N, in name}
 * entry per frame with the stripped source line, the {@code ~~~^^^} caret line under the
 * failing expression when it is not the whole line, repeated entries collapsed.
 */
public final class TracebackPrinter {
    private final Map<String, List<String>> sources = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private int groupDepth;
    private boolean needClose;
    /** How many of a traceback's last entries are printed ({@code sys.tracebacklimit}); none, not even the header, when 0. */
    private long limit = Long.MAX_VALUE;
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /** The full report for {@code exc}, ending with a newline. */
    public static String format(PyBaseException exc) {
        return format(exc, Long.MAX_VALUE);
    }

    /**
     * The full report for {@code exc} with at most {@code limit} entries per traceback, the
     * innermost ones (CPython's {@code PyTraceBack_Print} under {@code sys.tracebacklimit}); a
     * limit of 0 or less prints no traceback, only the exception lines.
     */
    public static String format(PyBaseException exc, long limit) {
        TracebackPrinter p = new TracebackPrinter();
        p.limit = limit;
        p.format(exc, new IdentityHashMap<>());
        return p.out.toString();
    }

    /**
     * The report of an exception alone, without its cause/context chain: what CPython's
     * default {@code sys.unraisablehook} prints ({@code write_unraisable_exc_file}).
     */
    public static String formatUnchained(PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter();
        if (exc.traceback != null) {
            p.emit("Traceback (most recent call last):\n");
            p.emit(p.entries(exc.traceback));
        }
        p.emit(exceptionOnly(exc));
        return p.out.toString();
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** Writes text, every line prefixed by the current exception-group margin (traceback.py's {@code emit}). */
    private void emit(String text, char marginChar) {
        if (groupDepth == 0) {
            out.append(text);
            return;
        }
        String prefix = indent() + marginChar + " ";
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, i, end);
            i = end;
        }
    }

    private void emit(String text) {
        emit(text, '|');
    }

    /** CPython's {@code TracebackException.format}: the chain, then this exception or group. */
    private void format(PyBaseException exc, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            format(exc.cause, seen);
            emit("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            format(exc.context, seen);
            emit("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (!org.taipan.runtime.ExceptionGroups.isGroup(exc)) {
            if (exc.traceback != null && limit > 0) {
                emit("Traceback (most recent call last):\n");
                emit(entries(exc.traceback));
            }
            emit(exceptionOnly(exc));
            return;
        }
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (exc.traceback != null && limit > 0) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(entries(exc.traceback));
        }
        emit(exceptionOnly(exc));
        PyObject[] excs = org.taipan.runtime.ExceptionGroups.exceptions(exc).array();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                format((PyBaseException) excs[i], seen);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    /** The exception line and any notes. */
    private static String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        String located = syntaxErrorLocation(exc);
        if (located != null) {
            sb.append(located);
        } else {
            sb.append(exceptionLine(exc)).append(Suggestions.trailer(exc)).append('\n');
        }
        PyObject notes = exc.attribute("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                PyObject n = l.get(i);
                sb.append(n instanceof PyStr ? n.toString() : Abstract.repr(n)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * A SyntaxError with a line number as CPython's {@code print_exception} shows it: the
     * {@code File} line, the offending text with its caret (when {@code text} is a str), then
     * the type and {@code msg} rather than {@code str(exc)}. Null for any other exception, or
     * when the fields are not usable (then the plain exception line applies).
     */
    private static String syntaxErrorLocation(PyBaseException exc) {
        if (!exc.type().isSubtypeOf(org.taipan.runtime.ExceptionTypes.SyntaxError)) {
            return null;
        }
        try {
            PyObject lineno = exc.attribute("lineno");
            PyObject msg = exc.attribute("msg");
            if (!(lineno instanceof org.taipan.runtime.PyInt li) || !li.fitsLong() || li.longValue() < 0
                    || li.longValue() > Integer.MAX_VALUE || msg == null || msg == org.taipan.runtime.PyNone.NONE) {
                return null;
            }
            PyObject file = exc.attribute("filename");
            PyObject text = exc.attribute("text");
            // print_exception_file_and_line: str() of a filename that is not None
            String fileName = file == null || file == org.taipan.runtime.PyNone.NONE ? "<string>" : org.taipan.runtime.Abstract.str(file).toString();
            String typeName = typeName(exc);
            String m = Abstract.str(msg).toString();
            if (li.longValue() == 0) {
                // no line to show (an unknown source encoding): the File line all the same
                return "  File \"" + fileName + "\", line 0\n" + (m.isEmpty() ? typeName : typeName + ": " + m) + "\n";
            }
            org.taipan.parse.SyntaxErrorException.Kind kind = exc.type() == org.taipan.runtime.ExceptionTypes.SyntaxError
                    ? org.taipan.parse.SyntaxErrorException.Kind.SYNTAX_ERROR
                    : org.taipan.parse.SyntaxErrorException.Kind.INDENTATION_ERROR;
            org.taipan.parse.SyntaxErrorException e = new org.taipan.parse.SyntaxErrorException(kind, "", fileName,
                    (int) li.longValue(),
                    smallInt(exc.attribute("offset")), smallInt(exc.attribute("end_lineno")),
                    smallInt(exc.attribute("end_offset")), text instanceof PyStr t ? t.toString() : null);
            String report = org.taipan.cli.SyntaxErrorPrinter.format(e);
            // The printer ends with the exception line of its own kind; ours names the real type.
            int cut = report.lastIndexOf('\n', report.length() - 2);
            String header = cut < 0 ? "" : report.substring(0, cut + 1);
            return header + (m.isEmpty() ? typeName : typeName + ": " + m) + "\n";
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int smallInt(PyObject o) {
        if (o instanceof org.taipan.runtime.PyInt i && i.fitsLong()) {
            long v = i.longValue();
            return v < Integer.MIN_VALUE ? Integer.MIN_VALUE : v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
        }
        return 0;
    }

    private String entries(PyTraceback tb) {
        StringBuilder saved = new StringBuilder(out);
        out.setLength(0);
        printEntries(tb);
        String r = out.toString();
        out.setLength(0);
        out.append(saved);
        return r;
    }

    /** {@code TypeName: message}, the type qualified by its module unless builtins or __main__. */
    public static String exceptionLine(PyBaseException exc) {
        String name = typeName(exc);
        String msg;
        try {
            msg = Abstract.str(exc).toString();
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /** The exception's type as the last traceback line names it: module-qualified unless builtins or __main__. */
    private static String typeName(PyBaseException exc) {
        PyType t = exc.type();
        String name = t.qualname();
        // builtin types name a module in their dict when they have one (Java exception classes)
        PyObject mod = t.dict().getItem(PyStr.of("__module__"));
        if (mod instanceof PyStr m && !m.toString().equals("builtins") && !m.toString().equals("__main__")) {
            name = m + "." + name;
        }
        return name;
    }

    private void printEntries(PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        long depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            depth++;
        }
        for (PyTraceback t = tb; t != null; t = t.next, depth--) {
            if (depth > limit) {
                continue; // tb_printinternal skips the outermost entries beyond the limit
            }
            Frame f = (Frame) t.frame;
            CodeObject co = f.code.code;
            String file = co.filename;
            String name = co.name;
            int line = t.lineno;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
                if (count > 3) {
                    continue;
                }
            } else {
                flushRepeats(count);
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 1;
            }
            out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name)
                    .append('\n');
            printSource(co, t.lasti, line);
        }
        flushRepeats(count);
    }

    private void flushRepeats(int count) {
        if (count > 3) {
            int n = count - 3;
            out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private List<String> lines(String file) {
        return sources.computeIfAbsent(file, fn -> {
            if (fn.startsWith("<") || !org.taipan.sandbox.TrustedRoots.mayShowSource(fn)) {
                return List.of();
            }
            try {
                // linecache reads through tokenize.open: the coding cookie or BOM decides the encoding
                byte[] bytes = Files.readAllBytes(org.taipan.modules.posix.FsEncoding.toPath(fn));
                return org.taipan.runtime.Interpreter.decodeSource(bytes, fn).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    private void printSource(CodeObject co, int lasti, int line) {
        List<String> src = lines(co.filename);
        if (line < 1 || line > src.size()) {
            return;
        }
        String full = src.get(line - 1);
        String stripped = full.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        if (lasti < 0 || lasti >= co.cols.length || !org.taipan.runtime.Interpreter.debugRangesShown()) {
            return;
        }
        int startLine = co.lines[lasti], endLine = co.endLines[lasti];
        int startCol = co.cols[lasti], endCol = co.endCols[lasti];
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0 || startLine != line) {
            return;
        }
        int[] cps = full.codePoints().toArray();
        // the code object's columns count UTF-8 bytes (CPython's); the carets count characters
        startCol = Utf8Columns.characters(cps, startCol);
        if (startLine == endLine) {
            endCol = Utf8Columns.characters(cps, endCol);
        }
        int truncation = 0;
        while (truncation < cps.length && (cps[truncation] == ' ' || cps[truncation] == '\t' || cps[truncation] == '\f')) {
            truncation++;
        }
        int end = endCol;
        int leftAnchor = -1, rightAnchor = -1;
        char primary = '^', secondary = '^';
        if (startLine == endLine) {
            if (end > cps.length) {
                return;
            }
            int[] anchors = anchors(new String(cps, startCol, Math.max(0, end - startCol)));
            if (anchors != null) {
                leftAnchor = anchors[0] + startCol;
                rightAnchor = anchors[1] + startCol;
                primary = '~';
            }
        } else {
            int k = cps.length;
            while (--k >= 0 && Character.isWhitespace(cps[k])) {
                // trailing whitespace is not highlighted
            }
            end = k + 1;
        }
        int strippedLen = stripped.codePointCount(0, stripped.length());
        if (end - startCol == strippedLen && leftAnchor < 0 && startCol == truncation) {
            return;
        }
        StringBuilder carets = new StringBuilder("    ");
        for (int k = truncation; k < startCol; k++) {
            carets.append(' ');
        }
        for (int k = startCol; k < end; k++) {
            carets.append(leftAnchor >= 0 && k >= leftAnchor && k < rightAnchor ? secondary : primary);
        }
        out.append(carets).append('\n');
    }

    /**
     * CPython's {@code extract_anchors_from_line}: for a binary operation the operator, for a
     * subscript the bracketed part, as offsets in {@code segment}; null when none apply.
     */
    private static int[] anchors(String segment) {
        Mod m;
        try {
            m = Parser.parse(segment, "<traceback>", Mode.EVAL);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(m instanceof Mod.Expression ex)) {
            return null;
        }
        int[] cps = segment.codePoints().toArray();
        Expr e = ex.body();
        if (e instanceof Expr.BinOp b) {
            int from = b.left().pos().endCol();
            int to = b.right().pos().col();
            if (b.left().pos().endLine() != 1 || b.right().pos().line() != 1) {
                return null;
            }
            for (int i = from; i < to && i < cps.length; i++) {
                if (Character.isWhitespace(cps[i])) {
                    continue;
                }
                int left = i, right = i + 1;
                if (i + 1 < to && !Character.isWhitespace(cps[i + 1])) {
                    right++;
                }
                if (i + 1 < to && cps[i] == ')') {
                    continue;
                }
                return new int[] {left, right};
            }
            return null;
        }
        if (e instanceof Expr.Subscript s) {
            if (s.value().pos().endLine() != 1 || s.slice().pos().endLine() != 1) {
                return null;
            }
            return new int[] {s.value().pos().endCol(), s.slice().pos().endCol() + 1};
        }
        return null;
    }
}
