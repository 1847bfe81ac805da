package org.taipan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taipan.ast.Alias;
import org.taipan.ast.Arg;
import org.taipan.ast.Arguments;
import org.taipan.ast.BoolOperator;
import org.taipan.ast.CmpOperator;
import org.taipan.ast.Comprehension;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.MatchCase;
import org.taipan.ast.Mod;
import org.taipan.ast.Operator;
import org.taipan.ast.Pattern;
import org.taipan.ast.Pos;
import org.taipan.ast.Stmt;
import org.taipan.ast.UnaryOperator;
import org.taipan.ast.WithItem;

/**
 * Hand-written recursive-descent parser for the whole Python 3.11 grammar
 * ({@code Grammar/python.gram}), building the AST of {@code org.taipan.ast} with CPython's node
 * shapes and positions.
 *
 * <p>CPython's PEG parser makes a first pass without error rules and, on failure, a second pass
 * with its {@code invalid_*} rules for a precise message. This parser is mostly deterministic:
 * it parses once and, where it fails, applies the error rule that CPython's second pass would
 * have matched there; a failure no rule explains
 * is CPython's generic {@code invalid syntax} at the furthest token read. Targets are parsed as
 * expressions and then checked and converted ({@link Targets}), which avoids backtracking; only
 * the soft keyword {@code match} and parenthesised {@code with} items try a parse and back out.
 */
public final class Parser implements FStringExpressionParser {
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /**
     * CPython's parser gives up past 6000 nested rule calls (MAXSTACK) with MemoryError. This
     * parser counts only the calls that nest (a unary operator, a {@code **}, a lambda, a bracket,
     * a block...), so the limit leaves out the 32 rule calls CPython makes from {@code file}
     * down to the first operand of a statement ({@code statements}, ..., {@code factor}).
     */
    private static final int MAX_DEPTH = 6000 - 32;

    /** Unwinds a speculative parse that failed; never escapes the parser. */
    private static final class Backtrack extends RuntimeException {
        Backtrack() {
            super(null, null, false, false);
        }
    }

    private static final Backtrack BACKTRACK = new Backtrack();

    private final TokenStream ts;
    private final String filename;
    private final String source;
    /** The source split into lines, made on first need (errors, a few target checks). */
    private String[] lines;
    /** f-string replacement field mode: messages get CPython's "f-string: " prefix. */
    private final boolean fstring;
    /** Whether error columns count characters, not UTF-8 bytes ({@link #parse(String, String, Mode, WarningSink, int, boolean)}). */
    private boolean characterColumns;
    /** In f-string mode, the file line of the wrapped text and its column shift (errors are unshifted). */
    private int fsLine;
    private int fsColShift;
    /** For an f-string expression: the parenthesised text CPython parses, whose lines errors show. */
    private String[] fsWrappedLines;
    private int speculating;
    /** Above zero inside {@link #probe}: generic failures unwind, specific errors stand. */
    private int probing;
    private int depth;
    /** Source line text for errors raised while decoding strings (the tokenizer's), or null. */
    private java.util.function.IntFunction<String> lineSource;
    /** The tokenizer of a whole-source parse (null for f-string expressions). */
    private Tokenizer tokenizer;
    /** Expressions that were written in parentheses (a group keeps the inner node and position). */
    private final java.util.Set<Expr> parenthesized =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Where invalid-escape warnings go, and the keys of those already issued (shared with f-string sub-parsers). */
    private WarningSink warnings = WarningSink.IGNORE;
    /** {@code sys.get_int_max_str_digits()} of the compiling interpreter: decimal int literals longer are errors. */
    private int intMaxStrDigits = Literals.INT_MAX_STR_DIGITS;
    private java.util.Set<String> warned = new java.util.HashSet<>();

    private Parser(TokenStream ts, String filename, String source, boolean fstring) {
        this.ts = ts;
        this.filename = filename;
        this.source = source;
        this.fstring = fstring;
    }

    /**
     * Parses {@code source} (already decoded text) into a {@link Mod.Module}, {@link Mod.Expression}
     * or {@link Mod.Interactive} according to {@code mode}.
     *
     * @throws SyntaxErrorException for any syntax error, with CPython 3.11's message and position
     */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, WarningSink.IGNORE);
    }

    /**
     * As {@link #parse(String, String, Mode)}, issuing the parser's warnings (invalid escape
     * sequences) to {@code warnings}.
     *
     * @throws SyntaxErrorException also for a warning that {@code warnings} turned into an error
     */
    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings) {
        return parse(source, filename, mode, warnings, Literals.INT_MAX_STR_DIGITS);
    }

    /**
     * As {@link #parse(String, String, Mode, WarningSink)} under an interpreter's int/str digit
     * limit ({@code sys.set_int_max_str_digits}; 0 for none), which also bounds int literals.
     */
    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings, int intMaxStrDigits) {
        return parse(source, filename, mode, warnings, intMaxStrDigits, false);
    }

    /**
     * As {@link #parse(String, String, Mode, WarningSink, int)}; {@code characterColumns} says
     * whether its errors' columns count characters or UTF-8 bytes. CPython 3.11 converts a parser
     * error's byte column to characters only when its tokenizer knows the source's encoding
     * ({@code tok->encoding}, in {@code _PyPegen_raise_error_known_location}): for text given as a
     * str ({@code compile()}, {@code exec()}, {@code eval()}, the REPL), and for bytes or a file
     * with a BOM or a coding cookie; a file without either reports byte columns.
     */
    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings, int intMaxStrDigits,
                            boolean characterColumns) {
        return parse(source, filename, mode, warnings, intMaxStrDigits, characterColumns, 0);
    }

    /**
     * As {@link #parse(String, String, Mode, WarningSink, int, boolean)} with {@code compile()}'s
     * input flags: {@link #PyCF_DONT_IMPLY_DEDENT} and {@link #PyCF_ALLOW_INCOMPLETE_INPUT} (other
     * bits are ignored).
     *
     * @throws SyntaxErrorException as that method, or "incomplete input"
     */
    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings, int intMaxStrDigits,
                            boolean characterColumns, int inputFlags) {
        Tokenizer tokenizer = new Tokenizer(source, filename);
        if (mode != Mode.EXEC) {
            tokenizer.addedNewlineEndsInput();
        }
        Parser p = parser(tokenizer, source, filename, warnings, intMaxStrDigits, characterColumns);
        p.inputFlags = inputFlags & (PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT);
        return p.run(filename, () -> p.startRule(mode));
    }

    private static Mod parse(Tokenizer tokenizer, String source, String filename, Mode mode, WarningSink warnings,
                             int intMaxStrDigits, boolean characterColumns, int featureVersion) {
        if (mode != Mode.EXEC) {
            tokenizer.addedNewlineEndsInput();
        }
        Parser p = parser(tokenizer, source, filename, warnings, intMaxStrDigits, characterColumns);
        p.featureVersion = featureVersion;
        return p.run(filename, () -> p.startRule(mode));
    }

    private Mod startRule(Mode mode) {
        return switch (mode) {
            case EXEC -> fileInput();
            case EVAL -> evalInput();
            case SINGLE -> interactiveInput();
        };
    }

    /**
     * Runs a start rule of this parser, turning a failed parse into its SyntaxError: the
     * tokenizer's own error where it has one, else "invalid syntax" at the furthest token.
     */
    private <T> T run(String filename, java.util.function.Supplier<T> startRule) {
        try {
            return startRule.get();
        } catch (Backtrack b) {
            int atEnd = failedAtEnd(null);
            throw incompleteOr(atEnd, preferTokenizerError(genericError(ts.furthestToken())));
        } catch (SyntaxErrorException e) {
            int atEnd = failedAtEnd(e);
            throw incompleteOr(atEnd, preferTokenizerError(e));
        } catch (StackOverflowError e) {
            // A safety net below the nesting limit: a thread with a very small stack.
            throw new SyntaxErrorException(SyntaxErrorException.Kind.MEMORY_ERROR, "", filename, 0, 0, 0, 0, null);
        }
    }

    /** {@link #failedAtEnd}: the parse did not fail for want of input. */
    private static final int NOT_AT_END = 0;
    /** {@link #failedAtEnd}: a tokenizer error of the end of input stopped the parse. */
    private static final int TOKENIZER_AT_END = 1;
    /** {@link #failedAtEnd}: the furthest token the parse looked at was scanned at the end. */
    private static final int TOKEN_AT_END = 2;

    /**
     * Whether the parse proper (before any look further on for a better message) failed only once
     * the input ran out, CPython's {@code _is_end_of_source} after its first pass:
     * {@link #TOKENIZER_AT_END} when {@code e} is a tokenizer error of the end of input (a bracket
     * never closed, an unterminated string, EOF after a line continuation) met there,
     * {@link #TOKEN_AT_END} when the furthest token the parse looked at was scanned at the end
     * ('if x:', '1 +', even 'a b', where CPython's tokenizer ran out reading 'b'; not 'a b\n' or
     * '1 +\n'), else {@link #NOT_AT_END}. {@code e} is null for a failure without an error of its own.
     */
    private int failedAtEnd(SyntaxErrorException e) {
        if ((inputFlags & PyCF_ALLOW_INCOMPLETE_INPUT) == 0 || tokenizer == null) {
            return NOT_AT_END;
        }
        if (e != null && e == ts.tokenizerError() && !ts.tokenizerErrorInProbe()) {
            return endsInput(e) && tokenizer.reachedEnd() ? TOKENIZER_AT_END : NOT_AT_END;
        }
        return ts.filled() > 0 && tokenizer.scannedAtEnd(ts.furthestIndex()) ? TOKEN_AT_END : NOT_AT_END;
    }

    /**
     * {@code err}, or SyntaxError "incomplete input" when the parse failed at the end of the input
     * ({@code atEnd}, {@link #failedAtEnd}) under {@link #PyCF_ALLOW_INCOMPLETE_INPUT}: at the end of
     * the input (an unterminated string at its start), or at the furthest token when that was a
     * real one, as pegen's RAISE_SYNTAX_ERROR places it ('a b': at 'b').
     */
    private SyntaxErrorException incompleteOr(int atEnd, SyntaxErrorException err) {
        if (atEnd == NOT_AT_END || err.kind == SyntaxErrorException.Kind.MEMORY_ERROR) {
            return err;
        }
        if (atEnd == TOKEN_AT_END) {
            Token last = ts.furthestToken();
            switch (last.kind()) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> { }
                default -> {
                    return SyntaxErrorException.syntax("incomplete input", filename, last.line(),
                            errCol(last.line(), last.col()) + 1, last.endLine(),
                            errCol(last.endLine(), last.endCol()) + 1, lineText(last.line()));
                }
            }
        }
        return incompleteInput(err == ts.tokenizerError() ? err : null);
    }

    /** Whether a tokenizer error is one of running out of input (CPython's E_EOF, E_EOFS, E_EOLS). */
    private static boolean endsInput(SyntaxErrorException e) {
        return e.msg.endsWith("was never closed") || e.msg.equals("unexpected EOF while parsing")
                || e.msg.startsWith("unterminated string literal") || e.msg.startsWith("unterminated triple-quoted string literal");
    }

    /**
     * SyntaxError "incomplete input": at an unterminated string's start ({@code stringError}), else
     * where CPython's tokenizer stopped, the end of the input's last line.
     */
    private SyntaxErrorException incompleteInput(SyntaxErrorException stringError) {
        if (stringError != null && stringError.msg.startsWith("unterminated")) {
            return SyntaxErrorException.syntax("incomplete input", filename, stringError.lineno, stringError.offset,
                    stringError.lineno, -1, stringError.text);
        }
        String[] lines = lines();
        // past the last line's newline, which CPython adds to 'exec' input that has none
        boolean newline = tokenizer == null || !tokenizer.endsWithoutNewline();
        boolean ownNewline = source.endsWith("\n") || source.endsWith("\r");
        int line = source.isEmpty() ? 0 : lines.length - (ownNewline ? 1 : 0);
        int offset = line == 0 ? 0 : errCol(line, lines[line - 1].length()) + (newline ? 1 : 0);
        return SyntaxErrorException.syntax("incomplete input", filename, line, offset, line, -1, lineText(line));
    }

    /** A module parsed for the {@code ast} module: its tree and its "# type: ignore" comments. */
    public record TypeCommentedModule(Mod mod, List<org.taipan.ast.TypeIgnore> typeIgnores) {}

    /** The newest minor version of Python 3 whose syntax is accepted: no {@code feature_version} checks. */
    public static final int NEWEST_FEATURE_VERSION = 11;

    /**
     * As {@link #parse(String, String, Mode, WarningSink, int, boolean)} for {@code ast.parse}.
     * With {@code typeComments} ({@code PyCF_TYPE_COMMENTS}, {@code type_comments=True}), comments
     * starting "# type:" fill the {@code type_comment} fields of assignments, for and with
     * statements, function definitions and their parameters, and are syntax errors anywhere else;
     * "# type: ignore" comments are collected for {@code Module.type_ignores}. A
     * {@code featureVersion} (minor version of 3.x, {@code ast.parse(feature_version=(3, minor))})
     * below {@link #NEWEST_FEATURE_VERSION} rejects newer syntax with CPython's "... only supported
     * in Python 3.N and greater" errors (a negative one checks nothing).
     *
     * @throws SyntaxErrorException as {@code parse}, and "Cannot have two type comments on def"
     */
    public static TypeCommentedModule parseForAst(String source, String filename, Mode mode, WarningSink warnings,
                                                  int intMaxStrDigits, boolean characterColumns,
                                                  boolean typeComments, int featureVersion) {
        Tokenizer tokenizer = new Tokenizer(source, filename);
        if (typeComments) {
            tokenizer.enableTypeComments();
        }
        int version = featureVersion < 0 ? NEWEST_FEATURE_VERSION : featureVersion;
        Mod mod = parse(tokenizer, source, filename, mode, warnings, intMaxStrDigits, characterColumns, version);
        return new TypeCommentedModule(mod, List.copyOf(tokenizer.typeIgnores()));
    }

    /**
     * Parses a function type comment, {@code compile(s, filename, 'func_type', PyCF_ONLY_AST)}:
     * CPython's {@code func_type} rule, {@code '(' [type_expressions] ')' '->' expression}, where
     * {@code type_expressions} are expressions separated by commas, optionally ending with
     * {@code *e} and/or {@code **e}.
     *
     * @throws SyntaxErrorException "invalid syntax" (and the tokenizer's errors) for anything else
     */
    public static org.taipan.ast.FunctionType parseFunctionType(String source, String filename, WarningSink warnings,
                                                                int intMaxStrDigits, boolean characterColumns) {
        Tokenizer tokenizer = new Tokenizer(source, filename);
        Parser p = parser(tokenizer, source, filename, warnings, intMaxStrDigits, characterColumns);
        return p.run(filename, p::funcTypeInput);
    }

    private static Parser parser(Tokenizer tokenizer, String source, String filename, WarningSink warnings,
                                 int intMaxStrDigits, boolean characterColumns) {
        tokenizer.setWarnings(warnings);
        Parser p = new Parser(new TokenStream(tokenizer::next), filename, source, false);
        p.warnings = warnings;
        p.intMaxStrDigits = intMaxStrDigits;
        p.characterColumns = characterColumns;
        if (characterColumns) {
            tokenizer.useCharacterColumns();
        }
        p.lineSource = tokenizer::line;
        p.tokenizer = tokenizer;
        return p;
    }

    @Override
    public void selfDocumentingExpression() {
        checkVersion(8, "f-string: self documenting expressions are");
    }

    /**
     * Parses the expression of an f-string replacement field as CPython 3.11 does: the text is
     * wrapped in parentheses and parsed as {@code star_expressions}, the opening parenthesis
     * standing one column before the text.
     */
    @Override
    public Expr parseFStringExpression(String source, int line, int col) {
        String wrapped = "(" + source + ")";
        Tokenizer tokenizer = new Tokenizer(wrapped, filename);
        int colShift = col - 1;
        int lineShift = line - 1;
        WarningSink outer = warnings;
        if (outer != null) {
            // the tokenizer's warnings (a number run into a keyword: {1if x else y}) at their line of the file
            tokenizer.setWarnings(w -> outer.warn(new WarningSink.Warning(w.category(), w.message(), w.filename(),
                    w.lineno() + lineShift, w.asError() == null ? null : atFileLine(w.asError(), lineShift))));
        }
        TokenStream inner = new TokenStream(() -> {
            Token t;
            try {
                t = tokenizer.next();
            } catch (SyntaxErrorException e) {
                throw atFileLine(e, lineShift);
            }
            int c0 = t.line() == 1 ? t.col() + colShift : t.col();
            int c1 = t.endLine() == 1 ? t.endCol() + colShift : t.endCol();
            return new Token(t.kind(), t.text(), t.line() + lineShift, c0, t.endLine() + lineShift, c1);
        });
        Parser p = new Parser(inner, filename, source, true);
        p.warnings = warnings;
        p.warned = warned;
        p.intMaxStrDigits = intMaxStrDigits;
        p.lines = lines;
        p.fsLine = line;
        p.fsColShift = colShift;
        p.fsWrappedLines = wrapped.split("\n", -1);
        p.lineSource = lineSource;
        try {
            Expr e = p.starExpressions();
            while (p.peekKind(TokenKind.NEWLINE)) {
                p.ts.next();
            }
            if (!p.peekKind(TokenKind.ENDMARKER)) {
                throw p.invalidSyntax();
            }
            return e;
        } catch (Backtrack b) {
            throw p.genericError(p.ts.furthestToken());
        }
    }

    /**
     * A tokenizer error of an f-string expression whose first line is {@code lineShift} lines into
     * the file: at its line of the file, its column and text the expression's own, as CPython's
     * {@code fstring_compile_expr} reports them.
     */
    private static SyntaxErrorException atFileLine(SyntaxErrorException e, int lineShift) {
        if (lineShift == 0 || e.lineno <= 0) {
            return e;
        }
        return new SyntaxErrorException(e.kind, e.msg, e.filename, e.lineno + lineShift, e.offset,
                e.endLineno > 0 ? e.endLineno + lineShift : e.endLineno, e.endOffset, e.text);
    }

    // ------------------------------------------------------------------ top level

    private Mod fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!peekKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(List.copyOf(body), Pos.NONE);
    }

    /** Empty input where a statement or expression is required: CPython reports it before line 1's end. */
    private void rejectEmptyInput() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.ENDMARKER) {
            int line = source.isEmpty() ? 0 : Math.max(1, t.line() - 1);
            throw SyntaxErrorException.syntax("invalid syntax", filename, line, 0, line, 0,
                    source.isEmpty() ? "" : lineText(line));
        }
    }

    private Mod evalInput() {
        rejectEmptyInput();
        Expr e = expressions();
        while (peekKind(TokenKind.NEWLINE)) {
            ts.next();
        }
        if (!peekKind(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Mod.Expression(e, Pos.NONE);
    }

    /** {@code func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER}. */
    private org.taipan.ast.FunctionType funcTypeInput() {
        rejectEmptyInput();
        if (!atOp("(")) {
            throw invalidSyntax();
        }
        ts.next();
        List<Expr> argtypes = atOp(")") ? List.of() : typeExpressions();
        expect(")");
        expect("->");
        Expr returns = expression();
        while (peekKind(TokenKind.NEWLINE)) {
            ts.next();
        }
        if (!peekKind(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return new org.taipan.ast.FunctionType(argtypes, returns);
    }

    /**
     * {@code type_expressions}: {@code a, b, *c, **d} with each part optional but the order fixed;
     * the starred ones are kept as their bare expressions, as CPython's rule does.
     */
    private List<Expr> typeExpressions() {
        List<Expr> out = new ArrayList<>();
        if (!atOp("*") && !atOp("**")) {
            out.add(expression());
            while (atOp(",") && !ts.peek(1).is("*") && !ts.peek(1).is("**")) {
                ts.next();
                out.add(expression());
            }
            if (!atOp(",")) {
                return List.copyOf(out);
            }
            ts.next();
        }
        if (accept("*")) {
            out.add(expression());
            if (!atOp(",") || !ts.peek(1).is("**")) {
                return List.copyOf(out);
            }
            ts.next();
        }
        expect("**");
        out.add(expression());
        return List.copyOf(out);
    }

    /** The minor version of Python 3 whose syntax this parse accepts ({@code ast.parse(feature_version=...)}). */
    private int featureVersion = NEWEST_FEATURE_VERSION;

    /**
     * {@code compile()}'s {@code PyCF_DONT_IMPLY_DEDENT}: 'single' input gets no DEDENTs implied
     * at its end, so a block whose last line has no newline is not closed (codeop's test for a
     * statement still being typed).
     */
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x200;
    /**
     * {@code compile()}'s {@code PyCF_ALLOW_INCOMPLETE_INPUT}: a syntax error found only once the
     * input ran out becomes SyntaxError "incomplete input" (CPython's {@code _is_end_of_source}
     * check in {@code _PyPegen_run_parser}), which codeop reads as "more lines to come".
     */
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** The {@code PyCF_DONT_IMPLY_DEDENT} and {@code PyCF_ALLOW_INCOMPLETE_INPUT} bits this parse was given. */
    private int inputFlags;

    /**
     * CPython's {@code CHECK_VERSION}: {@code what} ("Pattern matching is") needs Python 3.{@code minor};
     * an older feature version is a syntax error at the last token read.
     */
    private void checkVersion(int minor, String what) {
        if (featureVersion < minor) {
            throw errorAtLast(what + " only supported in Python 3." + minor + " and greater");
        }
    }

    /** The text of a TYPE_COMMENT token next in the input, consumed, or null if there is none. */
    private String typeComment() {
        return peekKind(TokenKind.TYPE_COMMENT) ? ts.next().text() : null;
    }

    /**
     * {@code func_type_comment} after a def's ':': a type comment on the same line, or alone on
     * the next line when the indented body follows it; two of them are CPython's
     * invalid_double_type_comments error.
     */
    private String funcTypeComment() {
        if (peekKind(TokenKind.NEWLINE) && ts.peek(1).kind() == TokenKind.TYPE_COMMENT
                && ts.peek(2).kind() == TokenKind.NEWLINE && ts.peek(3).kind() == TokenKind.INDENT) {
            ts.next();
            return ts.next().text();
        }
        if (peekKind(TokenKind.TYPE_COMMENT) && ts.peek(1).kind() == TokenKind.NEWLINE
                && ts.peek(2).kind() == TokenKind.TYPE_COMMENT && ts.peek(3).kind() == TokenKind.NEWLINE
                && ts.peek(4).kind() == TokenKind.INDENT) {
            Token indent = ts.peek(4);
            throw SyntaxErrorException.syntax("Cannot have two type comments on def", filename, indent.line(),
                    indent.endCol(), indent.line(), -1, lineText(indent.line()));
        }
        return typeComment();
    }

    private Mod interactiveInput() {
        List<Stmt> body = new ArrayList<>();
        rejectEmptyInput();
        if (peekKind(TokenKind.NEWLINE)) {
            Token t = ts.next();
            body.add(new Stmt.Pass(tokPos(t)));
        } else if (!peekKind(TokenKind.ENDMARKER)) {
            statement(body);
            boolean compound = Stmt.isCompound(body.get(body.size() - 1));
            int unclosed = compound && !peekKind(TokenKind.NEWLINE) ? unclosedAtEnd() : 0;
            if (compound && peekKind(TokenKind.NEWLINE)) {
                ts.next();
            } else if (unclosed != 0) {
                // CPython's parser implies one NEWLINE at the end of 'single' input (and one more
                // after each run of DEDENTs there, unless PyCF_DONT_IMPLY_DEDENT): a compound
                // statement ending on an unterminated line at the margin ('if x: pass') used it
                // for its block, and statement_newline finds none left. Reported at column 0 of
                // that line, whose text has no newline.
                throw SyntaxErrorException.syntax("invalid syntax", filename, unclosed, 0, unclosed, 0, lineText(unclosed));
            } else if (compound && !peekKind(TokenKind.ENDMARKER)) {
                // statement_newline wants a NEWLINE after the compound statement's block: what
                // comes instead is the parser's error ('if x: pass\nx': invalid syntax at x)
                throw genericError(ts.peek());
            }
        }
        if (codeAfterLastLine()) {
            // pegen's bad_single_statement, once the statement parsed: the rest of the input,
            // looked at as text (a tokenizer error there does not matter)
            throw errorAt("multiple statements found while compiling a single statement", ts.prev());
        }
        return new Mod.Interactive(List.copyOf(body), Pos.NONE);
    }

    /**
     * Whether the input has anything but blanks, line ends and comments after the line of the
     * last NEWLINE consumed.
     */
    private boolean codeAfterLastLine() {
        Token nl = lastNewline();
        if (nl.kind() != TokenKind.NEWLINE) {
            return false;
        }
        String[] lines = lines();
        for (int l = nl.line(); l < lines.length; l++) {
            String line = lines[l];
            int i = 0;
            // only what pegen skips: spaces, tabs and form feeds, then a comment
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
                i++;
            }
            if (i < line.length() && line.charAt(i) != '#') {
                return true;
            }
        }
        return false;
    }

    /** The last NEWLINE consumed, under the DEDENTs consumed after it. */
    private Token lastNewline() {
        int k = ts.pos - 1;
        while (k > 0 && ts.get(k).kind() == TokenKind.DEDENT) {
            k--;
        }
        return ts.get(k);
    }

    /**
     * The line where CPython's parser has no NEWLINE left for {@code statement_newline} after
     * the compound statement just parsed as 'single' input, or 0: the input's last line, which had
     * no newline, when the statement ended on it at the margin, or indented under
     * {@code PyCF_DONT_IMPLY_DEDENT}; or when that line holds only blanks or a comment and the
     * statement's block was still open (CPython's tokenizer closes it only at a line end, so the
     * implied NEWLINE comes inside the block: {@code 'if 1:\n  x = 2\n  # c'}).
     */
    private int unclosedAtEnd() {
        Token nl = lastNewline();
        if (nl.kind() != TokenKind.NEWLINE || tokenizer == null) {
            return 0;
        }
        boolean dedented = nl != ts.prev();
        if (tokenizer.isUnterminatedLastLine(nl.line()) && (!dedented || (inputFlags & PyCF_DONT_IMPLY_DEDENT) != 0)) {
            return nl.line();
        }
        int blank = tokenizer.blankUnterminatedLastLine();
        return dedented && blank > nl.line() ? blank : 0;
    }

    // ------------------------------------------------------------------ token helpers

    private boolean peekKind(TokenKind k) {
        return ts.peek().kind() == k;
    }

    private boolean at(String s) {
        return ts.peek().is(s);
    }

    private boolean atOp(String s) {
        Token t = ts.peek();
        return t.kind() == TokenKind.OP && t.text().equals(s);
    }

    private boolean atKw(String s) {
        Token t = ts.peek();
        return t.kind() == TokenKind.NAME && t.text().equals(s) && !(asyncAsName(s) && atAsyncName());
    }

    private boolean accept(String s) {
        if (at(s)) {
            ts.next();
            return true;
        }
        return false;
    }

    private Token expect(String s) {
        if (!at(s)) {
            throw invalidSyntax();
        }
        return ts.next();
    }

    /** CPython's forced token ({@code &&'x'}): fails at once with "expected 'x'". */
    private Token expectForced(String s) {
        Token t = ts.peek();
        if (!t.is(s)) {
            throw errorAt("expected '" + s + "'", t);
        }
        return ts.next();
    }

    private boolean isKeyword(String s) {
        return KEYWORDS.contains(s) && !asyncAsName(s);
    }

    /** How many async defs are being parsed: inside one, 'async' and 'await' are keywords in any feature version. */
    private int asyncDefDepth;

    /**
     * Below feature version 3.7 CPython's tokenizer reads {@code async} and {@code await} as names
     * outside an async def (its {@code async_hacks}), {@code async} just before {@code def} excepted.
     */
    private boolean asyncAsName(String s) {
        return featureVersion < 7 && asyncDefDepth == 0 && (s.equals("async") || s.equals("await"));
    }

    /** An {@code async} or {@code await} at the next token that is a plain name ({@link #asyncAsName}). */
    private boolean atAsyncName() {
        Token t = ts.peek();
        return t.kind() == TokenKind.NAME && asyncAsName(t.text())
                && !(t.text().equals("async") && ts.peek(1).is("def"));
    }

    private boolean atName() {
        Token t = ts.peek();
        return t.kind() == TokenKind.NAME && !isKeyword(t.text());
    }

    private Token expectName() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return ts.next();
    }

    /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
    private Token lastReal() {
        for (int i = ts.pos - 1; i >= 0; i--) {
            Token t = ts.get(i);
            switch (t.kind()) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> { }
                default -> {
                    return t;
                }
            }
        }
        return ts.get(0);
    }

    /** Position from {@code start} to the end of the last consumed significant token. */
    private Pos posFrom(Token start) {
        Token end = lastReal();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Pos posFrom(Pos start) {
        Token end = lastReal();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    private static Pos tokPos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    private void enter(int cost) {
        depth += cost;
        if (depth > MAX_DEPTH) {
            throw new SyntaxErrorException(SyntaxErrorException.Kind.MEMORY_ERROR, "", filename, 0, 0, 0, 0, null);
        }
    }

    private void leave(int cost) {
        depth -= cost;
    }

    // ------------------------------------------------------------------ errors

    private String[] lines() {
        if (lines == null) {
            lines = source.split("\r\n|\r|\n", -1);
        }
        return lines;
    }

    private String lineText(int lineno) {
        if (lineno < 1) {
            return null;
        }
        if (tokenizer != null) {
            return tokenizer.errorText(lineno);
        }
        if (fsWrappedLines != null && lineno - fsLine >= 0 && lineno - fsLine < fsWrappedLines.length) {
            // CPython's text for a multi-line expression is cut from its buffer without the newline.
            int k = lineno - fsLine;
            return fsWrappedLines[k] + (k == fsWrappedLines.length - 1 ? "\n" : "");
        }
        String[] lines = lines();
        if (lineno < 1 || lineno > lines.length) {
            return null;
        }
        return lines[lineno - 1] + "\n";
    }

    private String decorate(String msg) {
        return fstring ? "f-string: " + msg : msg;
    }

    /** An error with explicit 0-based start and exclusive end columns (CPython's KNOWN_RANGE). */
    SyntaxErrorException errorRange(String msg, int line, int col, int endLine, int endCol) {
        if (speculating > 0) {
            throw BACKTRACK;
        }
        int offset = errCol(line, col) + 1;
        int endOffset = endCol < 0 ? endCol + 1 : errCol(endLine, endCol) + 1;
        String text = lineText(line);
        if (endLine > line && text != null && !fstring) {
            // a range over several lines: CPython's tokenizer has read past the first by now, so
            // the text is cut from its buffer without the newline, and both offsets are clamped
            // to one past that text's end (byte_offset_to_character_offset)
            text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int limit = (characterColumns ? text.codePointCount(0, text.length())
                    : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + 1;
            offset = Math.min(offset, limit);
            endOffset = Math.min(endOffset, limit);
        }
        return SyntaxErrorException.syntax(decorate(msg), filename, line, offset, endLine, endOffset, text);
    }

    /**
     * The column CPython 3.11 reports for a parser error: a UTF-8 byte offset into the line unless
     * the source's encoding is known ({@link #characterColumns}), and for f-string expressions a
     * column in the parenthesised expression text.
     */
    private int errCol(int line, int col) {
        if (fstring) {
            return line == fsLine ? col - fsColShift : col;
        }
        String[] lines = lines();
        if (characterColumns || line < 1 || line > lines.length || col <= 0) {
            return col;
        }
        return org.taipan.ast.Utf8Columns.bytes(lines[line - 1], col);
    }

    SyntaxErrorException errorAt(String msg, Pos p) {
        return errorRange(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    SyntaxErrorException errorRange(String msg, Pos a, Pos b) {
        return errorRange(msg, a.line(), a.col(), b.endLine(), b.endCol());
    }

    SyntaxErrorException errorAt(String msg, Token t) {
        if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT || t.kind() == TokenKind.ENDMARKER) {
            // CPython gives these tokens no column: the error takes the tokenizer's position.
            if (speculating > 0) {
                throw BACKTRACK;
            }
            return markEndOfInput(SyntaxErrorException.syntax(decorate(msg), filename, t.line(),
                    errCol(t.line(), t.endCol()), t.endLine(), -1, lineText(t.line())), t);
        }
        if (tokenizer != null && tokenizer.isAddedNewline(t)) {
            // no newline ends 'single' or 'eval' input for CPython: its end marker, column -1
            if (speculating > 0) {
                throw BACKTRACK;
            }
            return SyntaxErrorException.syntax(decorate(msg), filename, t.line(), 0, t.line(), 0, lineText(t.line()));
        }
        if (t.kind() == TokenKind.NEWLINE) {
            return errorRange(msg, t.line(), t.col(), t.line(), t.col());
        }
        return errorRange(msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** Marks {@code e} if CPython's file tokenizer would give it no column (see {@code atEndOfInput}). */
    private SyntaxErrorException markEndOfInput(SyntaxErrorException e, Token t) {
        return tokenizer != null && !fstring && tokenizer.isEndOfInput(t) ? e.markedAtEndOfInput() : e;
    }

    /** CPython's {@code RAISE_SYNTAX_ERROR}: located at the furthest token read. */
    SyntaxErrorException errorAtLast(String msg) {
        return errorAt(msg, ts.lastFilled());
    }

    /** CPython's {@code RAISE_SYNTAX_ERROR_STARTING_FROM}: from {@code p} to the tokenizer's position. */
    SyntaxErrorException errorStartingFrom(String msg, Pos p) {
        if (speculating > 0) {
            throw BACKTRACK;
        }
        Token last = ts.lastFilled();
        return SyntaxErrorException.syntax(decorate(msg), filename, p.line(), errCol(p.line(), p.col()) + 1,
                last.endLine(), errCol(last.endLine(), last.endCol()), lineText(p.line()));
    }

    SyntaxErrorException indentationError(String msg) {
        if (speculating > 0) {
            throw BACKTRACK;
        }
        Token t = ts.lastFilled();
        if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT || t.kind() == TokenKind.ENDMARKER) {
            return markEndOfInput(new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg,
                    filename, t.line(), errCol(t.line(), t.endCol()), t.endLine(), -1, lineText(t.line())), t);
        }
        int endOffset = t.kind() == TokenKind.NEWLINE ? errCol(t.line(), t.col()) + 1
                : errCol(t.endLine(), t.endCol()) + 1;
        return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg, filename, t.line(),
                errCol(t.line(), t.col()) + 1, t.endLine(), endOffset, lineText(t.line()));
    }

    /** A failure no specific rule explains: unwinds a speculative parse, else the generic error. */
    RuntimeException invalidSyntax() {
        if (speculating > 0 || probing > 0) {
            return BACKTRACK;
        }
        return genericError(ts.furthestToken());
    }

    /** CPython's {@code _PyPegen_set_syntax_error} for a generic failure at {@code t}. */
    private SyntaxErrorException genericError(Token t) {
        SyntaxErrorException err;
        if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            String msg = t.kind() == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent";
            return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg, filename, t.line(),
                    t.endCol(), t.endLine(), -1, lineText(t.line()));
        }
        int col = errCol(t.line(), t.col());
        if (t.kind() == TokenKind.ENDMARKER || tokenizer != null && tokenizer.isAddedNewline(t)) {
            // CPython's end marker has column -1, which a located error reports as offset 0.
            err = SyntaxErrorException.syntax(decorate("invalid syntax"), filename, t.line(), 0, t.line(), 0,
                    lineText(t.line()));
        } else if (t.kind() == TokenKind.NEWLINE) {
            err = SyntaxErrorException.syntax(decorate("invalid syntax"), filename, t.line(), col + 1,
                    t.line(), col + 1, lineText(t.line()));
        } else {
            err = SyntaxErrorException.syntax(decorate("invalid syntax"), filename, t.line(), col + 1,
                    t.endLine(), errCol(t.endLine(), t.endCol()) + 1, lineText(t.line()));
        }
        return err;
    }

    /**
     * CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors}, run after a syntax
     * error from the parser: the rest of the source is tokenized and an error the tokenizer
     * raises itself there wins. Errors CPython's tokenizer only signals by status (indentation,
     * tabs, line continuation, EOF) do not; an unclosed bracket wins only if it opened on an
     * earlier line than the error.
     */
    private SyntaxErrorException preferTokenizerError(SyntaxErrorException err) {
        if (err == ts.tokenizerError() || err.kind == SyntaxErrorException.Kind.MEMORY_ERROR
                || err.msg.equals("unexpected indent") || err.msg.equals("unexpected unindent")) {
            return err;
        }
        // CPython compares with the line of the last token the parser fetched (p->tokens[p->fill-1]),
        // not the error's own line: a comma error on line 1 whose parse read on into line 2 yields
        // to a bracket left open on line 1.
        int currentErrLine = ts.filled() > 0 ? ts.lastFilled().line() : err.lineno;
        try {
            ts.drain();
        } catch (SyntaxErrorException tokErr) {
            boolean statusCode = tokenizer != null ? tokenizer.errorIsStatusCode()
                    : tokErr.kind != SyntaxErrorException.Kind.SYNTAX_ERROR || tokErr.msg.startsWith("unexpected");
            if (tokErr.msg.endsWith("was never closed")) {
                return tokErr.lineno < currentErrLine ? tokErr : err;
            }
            if (statusCode) {
                int bracketLine = tokenizer != null ? tokenizer.innermostBracketLine() : 0;
                if (bracketLine > 0 && bracketLine < currentErrLine) {
                    SyntaxErrorException unclosed = tokenizer.neverClosed();
                    return unclosed != null ? unclosed : err;
                }
                return err;
            }
            return tokErr;
        }
        return err;
    }

    /**
     * Runs {@code body} speculatively: any parse failure (but not a tokenizer error) restores the
     * cursor and yields null.
     */
    private <T> T attempt(java.util.function.Supplier<T> body) {
        int mark = ts.pos;
        int savedDepth = depth;
        speculating++;
        try {
            return body.get();
        } catch (Backtrack b) {
            ts.pos = mark;
            depth = savedDepth;
            return null;
        } catch (SyntaxErrorException e) {
            if (e == ts.tokenizerError() || e.kind == SyntaxErrorException.Kind.MEMORY_ERROR) {
                throw e;
            }
            ts.pos = mark;
            depth = savedDepth;
            return null;
        } finally {
            speculating--;
        }
    }

    /**
     * Parses {@code body} as one of CPython's error rules does in its second pass: a plain
     * failure restores the cursor and yields null, but a specific error found inside stands.
     */
    private <T> T probe(java.util.function.Supplier<T> body) {
        int mark = ts.pos;
        int savedDepth = depth;
        probing++;
        ts.diagnostic++;
        try {
            return body.get();
        } catch (Backtrack b) {
            ts.pos = mark;
            depth = savedDepth;
            return null;
        } finally {
            probing--;
            ts.diagnostic--;
        }
    }

    /** {@link #attempt} for a probe that only chooses an error message: it does not move the generic error. */
    private <T> T diagnose(java.util.function.Supplier<T> body) {
        ts.diagnostic++;
        try {
            return attempt(body);
        } finally {
            ts.diagnostic--;
        }
    }

    // ------------------------------------------------------------------ statements

    /** {@code statement}: appends one compound statement or the simple statements of one line. */
    private void statement(List<Stmt> out) {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NAME && !atAsyncName()) {
            switch (t.text()) {
                case "def" -> {
                    out.add(functionDef(List.of(), null));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), null));
                    return;
                }
                case "with" -> {
                    out.add(withStmt(null));
                    return;
                }
                case "for" -> {
                    out.add(forStmt(null));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "async" -> {
                    out.add(asyncStmt());
                    return;
                }
                case "match" -> {
                    Stmt m = tryMatchStmt();
                    if (m == MATCH_WITHOUT_COLON) {
                        List<Stmt> simple = new ArrayList<>();
                        int mark = ts.pos;
                        if (attempt(() -> {
                            simpleStmts(simple);
                            return Boolean.TRUE;
                        }) != null) {
                            out.addAll(simple);
                            return;
                        }
                        ts.pos = mark;
                        throw errorAt("expected ':'", matchNewline);
                    }
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> { }
            }
        } else if (t.is("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT) {
            ts.next();
            throw invalidSyntax();
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (atOp(";")) {
                ts.next();
                if (peekKind(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!peekKind(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        ts.next();
    }

    private Stmt simpleStmt() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "return" -> {
                    ts.next();
                    Expr v = startsExpression() || atOp("*") ? starExpressions() : null;
                    return new Stmt.Return(v, posFrom(t));
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "raise" -> {
                    ts.next();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, posFrom(t));
                }
                case "pass" -> {
                    ts.next();
                    return new Stmt.Pass(tokPos(t));
                }
                case "break" -> {
                    ts.next();
                    return new Stmt.Break(tokPos(t));
                }
                case "continue" -> {
                    ts.next();
                    return new Stmt.Continue(tokPos(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    ts.next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, posFrom(t));
                }
                case "global", "nonlocal" -> {
                    ts.next();
                    List<String> names = new ArrayList<>();
                    names.add(expectName().text());
                    while (accept(",")) {
                        names.add(expectName().text());
                    }
                    return t.text().equals("global")
                            ? new Stmt.Global(List.copyOf(names), posFrom(t))
                            : new Stmt.Nonlocal(List.copyOf(names), posFrom(t));
                }
                default -> { }
            }
        }
        return expressionStatement();
    }

    private static final Set<String> AUG_OPS = Set.of(
            "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=");

    private static Operator augOperator(String s) {
        return switch (s) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MAT_MULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "&=" -> Operator.BIT_AND;
            case "|=" -> Operator.BIT_OR;
            case "^=" -> Operator.BIT_XOR;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "**=" -> Operator.POW;
            default -> Operator.FLOOR_DIV;
        };
    }

    /** Expression statements and every form of assignment. */
    private Stmt expressionStatement() {
        Token start = ts.peek();
        Expr first = atKw("yield") ? yieldExpr() : starExpressions();
        Token next = ts.peek();
        if (next.kind() == TokenKind.OP) {
            if (next.text().equals("=")) {
                return assignment(start, first);
            }
            if (next.text().equals(":")) {
                return annotatedAssignment(start, first);
            }
            if (next.text().equals(":=") && !(first instanceof Expr.Name && !startsWithParen(first))
                    && !(first instanceof Expr.Tuple && !startsWithParen(first))
                    && !(first instanceof Expr.Starred)) {
                throw walrusError(first);
            }
            if (AUG_OPS.contains(next.text())) {
                boolean valid = first instanceof Expr.Name || first instanceof Expr.Attribute
                        || first instanceof Expr.Subscript;
                ts.next();
                if (next.text().equals("@=")) {
                    checkVersion(5, "The '@' operator is");
                }
                Expr value;
                if (valid) {
                    value = atKw("yield") ? yieldExpr() : starExpressions();
                } else {
                    // CPython's first pass stops at the operator; its error rule needs a value.
                    ts.diagnostic++;
                    try {
                        value = atKw("yield") ? yieldExpr() : starExpressions();
                    } finally {
                        ts.diagnostic--;
                    }
                }
                if (!valid) {
                    throw errorAt("'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment",
                            first.pos());
                }
                return new Stmt.AugAssign(Targets.withContext(first, ExprContext.STORE), augOperator(next.text()),
                        value, posFrom(start));
            }
        }
        return new Stmt.ExprStmt(first, posFrom(start));
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> targets = new ArrayList<>();
        targets.add(first);
        int firstRhs = ts.pos + 1;
        Expr value;
        while (true) {
            ts.next(); // '='
            Expr v;
            try {
                v = atKw("yield") ? yieldExpr() : starExpressions();
            } catch (Backtrack | SyntaxErrorException e) {
                // CPython's error rules for the targets need no value after the last '='.
                if (e != ts.tokenizerError() && speculating == 0 && anyInvalidStore(targets)) {
                    throw assignmentError(targets, firstRhs, ts.furthestToken());
                }
                throw e;
            }
            if (atOp("=")) {
                targets.add(v);
                continue;
            }
            value = v;
            break;
        }
        if (anyInvalidStore(targets)) {
            throw assignmentError(targets, firstRhs, ts.furthestToken());
        }
        List<Expr> stores = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            stores.add(Targets.withContext(t, ExprContext.STORE));
        }
        String typeComment = typeComment();
        return new Stmt.Assign(List.copyOf(stores), value, typeComment, posFrom(start));
    }

    private static boolean anyInvalidStore(List<Expr> targets) {
        for (Expr t : targets) {
            if (!Targets.isValidStore(t, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What CPython's second pass reports for {@code targets = ...} with a bad target;
     * {@code firstRhs} indexes the token after the first '='.
     */
    private RuntimeException assignmentError(List<Expr> targets, int firstRhs, Token failAt) {
        Expr first = targets.get(0);
        // invalid_named_expression, reached through the statement's first star_named_expressions:
        // its last element, '=', a bitwise_or not followed by '=' or ':='.
        Expr last = first;
        if (first instanceof Expr.Tuple tup && !startsWithParen(first)) {
            last = tup.elts().get(tup.elts().size() - 1);
        }
        int mark = ts.pos;
        ts.pos = firstRhs;
        Expr rhs = diagnose(this::bitwiseOr);
        boolean rhsStopsBeforeEquals = rhs != null && !atOp("=") && !atOp(":=");
        ts.pos = mark;
        if (rhsStopsBeforeEquals && isBitwiseOrLevel(last) && !(last instanceof Expr.Starred)) {
            if (last instanceof Expr.Name && !startsWithParen(last)) {
                throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.pos(), rhs.pos());
            }
            if (!excludedFromNamedAssignHint(last)) {
                throw errorAt("cannot assign to " + Targets.exprName(last)
                        + " here. Maybe you meant '==' instead of '='?", last.pos());
            }
        }
        for (Expr t : targets) {
            if ((t instanceof Expr.Yield || t instanceof Expr.YieldFrom) && !startsWithParen(t)) {
                throw errorAt("assignment to yield expression not possible", t.pos());
            }
            Expr bad = Targets.invalidTarget(t, Targets.Kind.STAR);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.exprName(bad), bad.pos());
            }
            if (!Targets.isValidStore(t, true)) {
                break;
            }
        }
        return genericError(failAt);
    }

    /** {@code e} was written in parentheses (a tuple display, or a parenthesised group). */
    private boolean startsWithParen(Expr e) {
        if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                return true;
            }
            Pos a = t.pos();
            Pos b = t.elts().get(0).pos();
            return a.line() != b.line() || a.col() != b.col() || parenthesized.contains(e);
        }
        if (e instanceof Expr.GeneratorExp) {
            return startsWithChar(e, '(');
        }
        return parenthesized.contains(e);
    }

    private boolean startsWithChar(Expr e, char c) {
        String line = lineText(e.pos().line());
        return line != null && e.pos().col() < line.length() && line.charAt(e.pos().col()) == c;
    }

    /** The lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} of invalid_named_expression. */
    private boolean excludedFromNamedAssignHint(Expr e) {
        if (e instanceof Expr.ListExpr && startsWithChar(e, '[')) {
            return true;
        }
        if ((e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp) && startsWithParen(e)) {
            return true;
        }
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return v == ConstantValue.None.NONE || v instanceof Boolean;
        }
        return false;
    }

    /** True if {@code e} is what CPython's {@code bitwise_or} rule alone produces. */
    private boolean isBitwiseOrLevel(Expr e) {
        return switch (e) {
            case Expr.Compare c -> startsWithParen(e);
            case Expr.BoolOp b -> startsWithParen(e);
            case Expr.IfExp i -> startsWithParen(e);
            case Expr.Lambda l -> false;
            case Expr.NamedExpr n -> startsWithParen(e);
            case Expr.Starred s -> false;
            case Expr.Yield y -> startsWithParen(e);
            case Expr.YieldFrom y -> startsWithParen(e);
            case Expr.UnaryOp u -> u.op() != UnaryOperator.NOT || startsWithParen(e);
            case Expr.Tuple t -> startsWithParen(e);
            default -> true;
        };
    }

    /** The leading part of {@code e} that CPython's {@code bitwise_or} would parse, or null. */
    private Expr bitwiseOrPrefix(Expr e) {
        if (e == null) {
            return null;
        }
        if (isBitwiseOrLevel(e)) {
            return e;
        }
        return switch (e) {
            case Expr.Tuple t -> t.elts().isEmpty() ? null : bitwiseOrPrefix(t.elts().get(0));
            case Expr.Compare c -> bitwiseOrPrefix(c.left());
            case Expr.BoolOp b -> bitwiseOrPrefix(b.values().get(0));
            case Expr.IfExp i -> bitwiseOrPrefix(i.body());
            default -> null;
        };
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        boolean valid = target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript;
        if (!valid && (target instanceof Expr.Starred || target instanceof Expr.Yield
                || target instanceof Expr.YieldFrom)) {
            throw invalidSyntax();
        }
        ts.next(); // ':'
        Expr annotation;
        if (valid) {
            annotation = expression();
        } else {
            // CPython's first pass stops at the ':'; its error rules then need the annotation.
            ts.diagnostic++;
            try {
                annotation = expression();
            } finally {
                ts.diagnostic--;
            }
        }
        if (!valid) {
            Expr inner = target;
            if ((inner instanceof Expr.ListExpr && startsWithChar(inner, '['))
                    || (inner instanceof Expr.Tuple && startsWithParen(inner))) {
                throw errorAt("only single target (not " + Targets.exprName(inner) + ") can be annotated", inner.pos());
            }
            if (inner instanceof Expr.Tuple tup && !tup.elts().isEmpty()) {
                throw errorAt("only single target (not tuple) can be annotated", tup.elts().get(0).pos());
            }
            throw errorAt("illegal target for annotation", target.pos());
        }
        boolean simple = target instanceof Expr.Name && !start.is("(");
        Expr value = null;
        if (accept("=")) {
            value = atKw("yield") ? yieldExpr() : starExpressions();
        }
        checkVersion(6, "Variable annotation syntax is");
        return new Stmt.AnnAssign(Targets.withContext(target, ExprContext.STORE), annotation, value, simple,
                posFrom(start));
    }

    private Stmt delStmt() {
        Token kw = ts.next();
        Expr targets = starExpressions();
        if (!atOp(";") && !peekKind(TokenKind.NEWLINE)) {
            Token failAt = ts.furthestToken();
            Expr bad = Targets.invalidTarget(targets, Targets.Kind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + Targets.exprName(bad), bad.pos());
            }
            throw genericErrorOrBacktrack(failAt);
        }
        List<Expr> list = targets instanceof Expr.Tuple t && !startsWithParen(targets)
                ? t.elts() : List.of(targets);
        List<Expr> out = new ArrayList<>();
        for (Expr e : list) {
            Expr bad = Targets.invalidTarget(e, Targets.Kind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + Targets.exprName(bad), bad.pos());
            }
            if (!Targets.isValidDel(e)) {
                throw invalidSyntax();
            }
            out.add(Targets.withContext(e, ExprContext.DEL));
        }
        return new Stmt.Delete(List.copyOf(out), posFrom(kw));
    }

    private RuntimeException genericErrorOrBacktrack(Token t) {
        if (speculating > 0 || probing > 0) {
            return BACKTRACK;
        }
        return genericError(t);
    }

    private Stmt importName() {
        Token kw = ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = ts.peek();
            String name = dottedName();
            String as = null;
            if (accept("as")) {
                as = expectName().text();
            }
            names.add(new Alias(name, as, posFrom(first)));
        } while (accept(","));
        return new Stmt.Import(List.copyOf(names), posFrom(kw));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (atOp(".")) {
            ts.next();
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token kw = ts.next();
        int level = 0;
        while (true) {
            if (atOp(".")) {
                level++;
                ts.next();
            } else if (atOp("...")) {
                level += 3;
                ts.next();
            } else {
                break;
            }
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        } else if (level == 0) {
            throw invalidSyntax();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = ts.next();
            names.add(new Alias("*", null, tokPos(star)));
        } else if (atOp("(")) {
            ts.next();
            importAsNames(names);
            accept(",");
            expect(")");
        } else {
            importAsNames(names);
            if (atOp(",")) {
                ts.next();
                if (peekKind(TokenKind.NEWLINE)) {
                    throw errorAtLast("trailing comma not allowed without surrounding parentheses");
                }
                throw invalidSyntax();
            }
        }
        return new Stmt.ImportFrom(module, List.copyOf(names), level, posFrom(kw));
    }

    private void importAsNames(List<Alias> names) {
        while (true) {
            Token first = expectName();
            String as = null;
            if (accept("as")) {
                as = expectName().text();
            }
            names.add(new Alias(first.text(), as, posFrom(first)));
            if (atOp(",") && ts.peek(1).kind() == TokenKind.NAME && !isKeyword(ts.peek(1).text())) {
                ts.next();
                continue;
            }
            break;
        }
    }

    // ------------------------------------------------------------------ blocks

    /**
     * {@code block}: an indented suite or simple statements on the same line. {@code what} names
     * the statement for the "expected an indented block after ..." error.
     */
    private List<Stmt> block(String what, Token kw) {
        if (peekKind(TokenKind.NEWLINE)) {
            ts.next();
            if (!peekKind(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after " + what + " on line " + kw.line());
            }
            ts.next();
            enter(1);
            List<Stmt> body = new ArrayList<>();
            while (!peekKind(TokenKind.DEDENT) && !peekKind(TokenKind.ENDMARKER)) {
                statement(body);
            }
            accept_dedent();
            leave(1);
            return List.copyOf(body);
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return List.copyOf(body);
    }

    private void accept_dedent() {
        if (peekKind(TokenKind.DEDENT)) {
            ts.next();
        }
    }

    /** The ':' after a compound statement header, with the "expected ':'" of the invalid_*_stmt rules. */
    private void colon(boolean newlineRule) {
        if (atOp(":")) {
            ts.next();
            return;
        }
        if (newlineRule && peekKind(TokenKind.NEWLINE)) {
            throw errorAtLast("expected ':'");
        }
        throw invalidSyntax();
    }

    /** A compound statement's span: from its first token to the last significant token of its last block. */
    private Pos endOf(Token start, List<Stmt> body) {
        return posFrom(start);
    }

    private Stmt ifStmt() {
        Token kw = ts.next();
        Expr test = namedExpression();
        colon(true);
        List<Stmt> body = block("'if' statement", kw);
        List<Stmt> orelse = elseChain();
        return new Stmt.If(test, body, orelse, endOf(kw, orelse.isEmpty() ? body : orelse));
    }

    private List<Stmt> elseChain() {
        if (atKw("elif")) {
            Token kw = ts.next();
            Expr test = namedExpression();
            colon(true);
            List<Stmt> body = block("'elif' statement", kw);
            List<Stmt> orelse = elseChain();
            return List.of(new Stmt.If(test, body, orelse, endOf(kw, orelse.isEmpty() ? body : orelse)));
        }
        return elseBlock();
    }

    private List<Stmt> elseBlock() {
        if (atKw("else")) {
            Token kw = ts.next();
            expectForced(":");
            return block("'else' statement", kw);
        }
        return List.of();
    }

    private Stmt whileStmt() {
        Token kw = ts.next();
        Expr test = namedExpression();
        colon(true);
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(test, body, orelse, endOf(kw, orelse.isEmpty() ? body : orelse));
    }

    private Stmt forStmt(Token asyncKw) {
        Token kw = ts.next();
        Expr target = forTargets();
        expect("in");
        Expr iter = starExpressions();
        colon(true);
        String typeComment = typeComment();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = elseBlock();
        Token start = asyncKw != null ? asyncKw : kw;
        Pos pos = endOf(start, orelse.isEmpty() ? body : orelse);
        if (asyncKw != null) {
            checkVersion(5, "Async for loops are");
        }
        return asyncKw != null
                ? new Stmt.AsyncFor(target, iter, body, orelse, typeComment, pos)
                : new Stmt.For(target, iter, body, orelse, typeComment, pos);
    }

    /** {@code star_targets} before {@code in}, with invalid_for_target's messages. */
    private Expr forTargets() {
        int mark = ts.pos;
        Token start = ts.peek();
        Expr result = attempt(() -> {
            List<Expr> elts = new ArrayList<>();
            boolean comma = false;
            while (true) {
                elts.add(starTargetCandidate());
                if (atOp(",")) {
                    ts.next();
                    comma = true;
                    if (atKw("in") || !(startsExpression() || atOp("*"))) {
                        break;
                    }
                    continue;
                }
                break;
            }
            return comma ? new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(start)) : elts.get(0);
        });
        if (result != null && Targets.isValidStore(result, true) && atKw("in")) {
            return Targets.withContext(result, ExprContext.STORE);
        }
        if (result != null) {
            atKw("in");
        }
        Token failAt = ts.furthestToken();
        // invalid_for_target: re-read the targets as star_expressions (its own errors stand).
        ts.pos = mark;
        Expr whole;
        ts.diagnostic++;
        try {
            whole = speculating > 0 ? attempt(this::starExpressions) : starExpressions();
        } finally {
            ts.diagnostic--;
        }
        if (whole != null) {
            Expr bad = Targets.invalidTarget(whole, Targets.Kind.FOR);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.exprName(bad), bad.pos());
            }
        }
        throw genericErrorOrBacktrack(failAt);
    }

    /** One element of {@code star_targets}: CPython reads these at the primary level. */
    private Expr starTargetCandidate() {
        if (atOp("*")) {
            Token star = ts.next();
            Expr v = starTargetCandidate();
            return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
        }
        return primary();
    }

    private Stmt withStmt(Token asyncKw) {
        Token kw = ts.next();
        List<WithItem> items = null;
        if (atOp("(")) {
            items = attempt(this::parenthesizedWithItems);
        }
        boolean parenthesized = items != null;
        if (items == null && atOp("(") && attempt(this::parenthesizedWithHeaderAtNewline) != null) {
            throw errorAtLast("expected ':'");
        }
        String typeComment = null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
            colon(true);
            typeComment = typeComment();
        }
        List<Stmt> body = block("'with' statement", kw);
        Token start = asyncKw != null ? asyncKw : kw;
        Pos pos = endOf(start, body);
        if (asyncKw != null) {
            checkVersion(5, "Async with statements are");
        } else if (typeComment == null && parenthesized) {
            checkVersion(9, "Parenthesized context managers are");
        }
        return asyncKw != null
                ? new Stmt.AsyncWith(List.copyOf(items), body, typeComment, pos)
                : new Stmt.With(List.copyOf(items), body, typeComment, pos);
    }

    private List<WithItem> parenthesizedWithItems() {
        ts.next(); // '('
        List<WithItem> items = new ArrayList<>();
        while (true) {
            items.add(withItem());
            if (atOp(",")) {
                ts.next();
                if (atOp(")")) {
                    break;
                }
                continue;
            }
            break;
        }
        expect(")");
        expect(":");
        return items;
    }

    /**
     * The second form of CPython's invalid_with_stmt: {@code with (a as b, c)} then the end of the
     * line, the ':' forgotten. Leaves the cursor before the NEWLINE; a failure is a SyntaxError
     * for {@link #attempt} to take back.
     */
    private Boolean parenthesizedWithHeaderAtNewline() {
        ts.next(); // '('
        do {
            if (atOp(")")) {
                break;
            }
            expression();
            if (accept("as")) {
                expression();
            }
        } while (accept(","));
        expect(")");
        if (!peekKind(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        return Boolean.TRUE;
    }

    private WithItem withItem() {
        Expr ctx = expression();
        if (atKw("as")) {
            ts.next();
            Expr target = expression();
            boolean follows = atOp(",") || atOp(")") || atOp(":");
            if (!follows && peekKind(TokenKind.NEWLINE) && Targets.isValidStore(target, true)) {
                return new WithItem(ctx, Targets.withContext(target, ExprContext.STORE));
            }
            if (follows) {
                Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
                if (bad != null) {
                    throw errorAt("cannot assign to " + Targets.exprName(bad), bad.pos());
                }
            }
            if (!Targets.isValidStore(target, true) || !follows) {
                throw invalidSyntax();
            }
            return new WithItem(ctx, Targets.withContext(target, ExprContext.STORE));
        }
        return new WithItem(ctx, null);
    }

    private Stmt tryStmt() {
        Token kw = ts.next();
        expectForced(":");
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token ex = ts.next();
            boolean isStar = false;
            if (atOp("*")) {
                ts.next();
                isStar = true;
            }
            if (star != null && star != isStar) {
                Token starTok = ts.prev();
                int headerMark = ts.pos;
                ts.diagnostic++;
                boolean bare = atOp(":");
                ts.diagnostic--;
                Boolean headerOk = diagnose(() -> {
                    if (!atOp(":")) {
                        expression();
                        if (accept("as")) {
                            expectName();
                        }
                    }
                    return atOp(":") ? Boolean.TRUE : null;
                });
                ts.pos = headerMark;
                if (headerOk == null) {
                    throw invalidSyntax();
                }
                if (isStar && bare) {
                    throw errorAtLast("expected one or more exception types");
                }
                if (isStar) {
                    throw errorRange("cannot have both 'except' and 'except*' on the same 'try'", tokPos(ex),
                            tokPos(starTok));
                }
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                if (isStar && peekKind(TokenKind.NEWLINE)) {
                    throw errorAtLast("expected one or more exception types");
                }
                if (peekKind(TokenKind.NEWLINE)) {
                    throw errorAtLast("expected ':'");
                }
                type = expression();
                if (atOp(",")) {
                    Expr first = type;
                    ts.next();
                    Expr rest = diagnose(this::expressions);
                    if (rest != null) {
                        if (accept("as")) {
                            expectName();
                        }
                        if (atOp(":")) {
                            ts.next();
                            throw errorStartingFrom("multiple exception types must be parenthesized", first.pos());
                        }
                    }
                    throw invalidSyntax();
                }
                if (accept("as")) {
                    name = expectName().text();
                }
                if (peekKind(TokenKind.NEWLINE)) {
                    throw errorAtLast("expected ':'");
                }
            } else if (isStar) {
                throw errorAtLast("expected one or more exception types");
            }
            expect(":");
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hbody, endOf(ex, hbody)));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKw("finally")) {
            Token fin = ts.next();
            expectForced(":");
            finalbody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        List<Stmt> lastBody = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse
                : handlers.get(handlers.size() - 1).body();
        Pos pos;
        if (finalbody.isEmpty() && orelse.isEmpty()) {
            Pos hp = handlers.get(handlers.size() - 1).pos();
            pos = new Pos(kw.line(), kw.col(), hp.endLine(), hp.endCol());
        } else {
            pos = endOf(kw, lastBody);
        }
        if (Boolean.TRUE.equals(star)) {
            checkVersion(11, "Exception groups are");
        }
        return Boolean.TRUE.equals(star)
                ? new Stmt.TryStar(body, List.copyOf(handlers), orelse, finalbody, pos)
                : new Stmt.Try(body, List.copyOf(handlers), orelse, finalbody, pos);
    }

    private Stmt asyncStmt() {
        Token async = ts.next();
        if (atKw("def")) {
            return functionDef(List.of(), async);
        }
        if (atKw("with")) {
            return withStmt(async);
        }
        if (atKw("for")) {
            return forStmt(async);
        }
        throw invalidSyntax();
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            ts.next();
            decorators.add(namedExpression());
            if (!peekKind(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            ts.next();
        }
        if (atKw("def")) {
            return functionDef(List.copyOf(decorators), null);
        }
        if (atKw("class")) {
            return classDef(List.copyOf(decorators), null);
        }
        if (atKw("async") && ts.peek(1).is("def")) {
            Token async = ts.next();
            return functionDef(List.copyOf(decorators), async);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token asyncKw) {
        if (asyncKw == null) {
            return functionDefBody(decorators, null);
        }
        asyncDefDepth++;
        try {
            return functionDefBody(decorators, asyncKw);
        } finally {
            asyncDefDepth--;
        }
    }

    private Stmt functionDefBody(List<Expr> decorators, Token asyncKw) {
        Token kw = ts.next();
        String name = expectName().text();
        expectForced("(");
        Arguments args = parameters(")", true);
        expect(")");
        Expr returns = null;
        if (atOp("->")) {
            returns = attempt(() -> {
                ts.next();
                return expression();
            });
        }
        expectForced(":");
        String typeComment = funcTypeComment();
        List<Stmt> body = block("function definition", kw);
        Token start = asyncKw != null ? asyncKw : kw;
        Pos pos = endOf(start, body);
        if (asyncKw != null) {
            checkVersion(5, "Async functions are");
        }
        return asyncKw != null
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, typeComment, pos)
                : new Stmt.FunctionDef(name, args, body, decorators, returns, typeComment, pos);
    }

    private Stmt classDef(List<Expr> decorators, Token unused) {
        Token kw = ts.next();
        String name = expectName().text();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (atOp("(")) {
            Token open = ts.next();
            CallArgs ca = callArguments(open, false);
            bases = ca.args;
            keywords = ca.keywords;
        }
        colon(true);
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, endOf(kw, body));
    }

    // ------------------------------------------------------------------ parameters

    /**
     * Parameters of a {@code def} (closer {@code ')'}, annotations allowed) or a {@code lambda}
     * (closer {@code ':'}), with CPython's invalid_parameters / invalid_star_etc / invalid_kwds
     * messages.
     */
    private Arguments parameters(String closer, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        Arg last = null; // the parameter just read, which a type comment may follow (def only)
        while (!at(closer)) {
            last = null;
            Token t = ts.peek();
            if (kwarg != null) {
                if (t.is("*") || t.is("**") || t.is("/")) {
                    throw errorAt("arguments cannot follow var-keyword argument", t);
                }
                if (atName()) {
                    Arg a = parameter(annotations, false);
                    throw errorAt("arguments cannot follow var-keyword argument", a.pos());
                }
                throw invalidSyntax();
            }
            if (t.is("/")) {
                if (star) {
                    ts.next();
                    throw errorAt("/ must be ahead of *", t);
                }
                if (slash) {
                    ts.next();
                    throw errorAt("/ may appear only once", t);
                }
                if (args.isEmpty()) {
                    ts.diagnostic++;
                    boolean comma = ts.peek(1).is(",");
                    ts.diagnostic--;
                    if (comma) {
                        throw errorAt("at least one argument must precede /", t);
                    }
                    throw invalidSyntax();
                }
                ts.next();
                ts.peek();
                checkVersion(8, "Positional-only parameters are");
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.is("*")) {
                if (star) {
                    ts.next();
                    if (atName() || atOp(",")) {
                        throw errorAt("* argument may appear only once", t);
                    }
                    throw invalidSyntax();
                }
                ts.next();
                star = true;
                if (atName()) {
                    vararg = parameter(annotations, true);
                    last = vararg;
                    if (atOp("=")) {
                        throw errorAt("var-positional argument cannot have default value", ts.peek());
                    }
                } else if (atOp(",")) {
                    Token comma = ts.peek();
                    Token after = ts.peek(1);
                    if (annotations && after.kind() == TokenKind.TYPE_COMMENT) {
                        throw errorAt("bare * has associated type comment", after);
                    }
                    if (after.is(closer) || after.is("**")) {
                        if (annotations) {
                            throw errorAt("named arguments must follow bare *", t);
                        }
                        ts.next();
                        ts.next();
                        throw errorAtLast("named arguments must follow bare *");
                    }
                    if (comma == null) {
                        throw invalidSyntax();
                    }
                } else if (at(closer)) {
                    if (annotations) {
                        throw errorAt("named arguments must follow bare *", t);
                    }
                    ts.next();
                    throw errorAtLast("named arguments must follow bare *");
                } else {
                    throw invalidSyntax();
                }
            } else if (t.is("**")) {
                ts.next();
                kwarg = parameter(annotations, false);
                last = kwarg;
                if (atOp("=")) {
                    throw errorAt("var-keyword argument cannot have default value", ts.peek());
                }
            } else if (atName()) {
                Arg a = parameter(annotations, false);
                Expr dflt = null;
                if (atOp("=")) {
                    Token eq = ts.next();
                    // invalid_default looks ahead for ',' or ')' only, in lambdas too (lambda a=: 0 stays invalid syntax)
                    if (atOp(",") || atOp(")")) {
                        throw errorAt("expected default value expression", eq);
                    }
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty() && (atOp(",") || at(closer))) {
                        throw errorAt("non-default argument follows default argument", a.pos());
                    }
                    args.add(a);
                }
                last = a;
            } else if (t.is("(") && kwarg == null && vararg == null && !star) {
                throw parenthesizedParameters(t, annotations);
            } else {
                throw invalidSyntax();
            }
            boolean comma = accept(",");
            // param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
            if (annotations && last != null && peekKind(TokenKind.TYPE_COMMENT) && (comma || ts.peek(1).is(closer))) {
                Arg typed = new Arg(last.arg(), last.annotation(), ts.next().text(), last.pos());
                if (last == vararg) {
                    vararg = typed;
                } else if (last == kwarg) {
                    kwarg = typed;
                } else if (star) {
                    kwonly.set(kwonly.lastIndexOf(last), typed);
                } else {
                    args.set(args.lastIndexOf(last), typed);
                }
            }
            if (comma) {
                continue;
            }
            if (!at(closer)) {
                if (atOp("*") && !star && ts.prev().is("/")) {
                    throw errorAt("expected comma between / and *", ts.peek());
                }
                throw invalidSyntax();
            }
        }
        if (posonly.isEmpty() && args.isEmpty() && vararg == null && kwonly.isEmpty() && kwarg == null) {
            return Arguments.EMPTY;
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
    }

    /** invalid_parameters / invalid_lambda_parameters: {@code def f((a, b))}. */
    private RuntimeException parenthesizedParameters(Token open, boolean annotations) {
        ts.peek();
        Token failAt = ts.furthestToken();
        ts.diagnostic++;
        try {
            ts.next();
            boolean any = false;
            while (atName()) {
                ts.next();
                any = true;
                if (annotations && atOp(":")) {
                    return genericErrorOrBacktrack(failAt);
                }
                if (!atOp(",")) {
                    break;
                }
                ts.next();
            }
            if (any && atOp(")")) {
                Token close = ts.next();
                return errorRange(annotations ? "Function parameters cannot be parenthesized"
                        : "Lambda expression parameters cannot be parenthesized", tokPos(open), tokPos(close));
            }
            return genericErrorOrBacktrack(failAt);
        } finally {
            ts.diagnostic--;
        }
    }

    private Arg parameter(boolean annotations, boolean starAnnotation) {
        Token name = expectName();
        Expr ann = null;
        if (annotations && atOp(":")) {
            ts.next();
            ann = starAnnotation && atOp("*") ? starExpression() : expression();
        }
        return new Arg(name.text(), ann, null, posFrom(name));
    }

    // ------------------------------------------------------------------ match

    /** Marks "match subject NEWLINE": a match statement without its colon, unless the line is a simple statement. */
    private static final Stmt MATCH_WITHOUT_COLON = new Stmt.Pass(Pos.NONE);
    private Token matchNewline;

    /** The soft keyword {@code match}: a match statement if the line reads as one, else null. */
    private Stmt tryMatchStmt() {
        Token t1 = ts.peek(1);
        // Fast exits for the common uses of 'match' as a name.
        if (t1.kind() == TokenKind.OP && (t1.text().equals("=") || t1.text().equals(".") || t1.text().equals(")")
                || t1.text().equals(",") || t1.text().equals(":") || AUG_OPS.contains(t1.text()))) {
            return null;
        }
        if (t1.kind() == TokenKind.NEWLINE || t1.kind() == TokenKind.ENDMARKER) {
            return null;
        }
        int mark = ts.pos;
        Expr subject = attempt(() -> {
            ts.next();
            Expr s = subjectExpr();
            if (!atOp(":") && !peekKind(TokenKind.NEWLINE)) {
                throw BACKTRACK;
            }
            return s;
        });
        if (subject == null) {
            ts.pos = mark;
            return null;
        }
        Token kw = ts.get(mark);
        if (peekKind(TokenKind.NEWLINE)) {
            matchNewline = ts.peek();
            ts.pos = mark;
            return MATCH_WITHOUT_COLON;
        }
        ts.next(); // ':'
        if (!peekKind(TokenKind.NEWLINE)) {
            ts.pos = mark;
            return null;
        }
        ts.next();
        if (!peekKind(TokenKind.INDENT)) {
            throw indentationError("expected an indented block after 'match' statement on line " + kw.line());
        }
        ts.next();
        List<MatchCase> cases = new ArrayList<>();
        while (atKw("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw invalidSyntax();
        }
        if (!peekKind(TokenKind.DEDENT)) {
            throw invalidSyntax();
        }
        ts.next();
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        checkVersion(10, "Pattern matching is");
        return new Stmt.Match(subject, List.copyOf(cases), endOf(kw, lastBody));
    }

    private Expr subjectExpr() {
        Token start = ts.peek();
        Expr first = starNamedExpression();
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (atOp(",")) {
                ts.next();
                if (!(startsExpression() || atOp("*"))) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            return new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(start));
        }
        if (first instanceof Expr.Starred) {
            throw invalidSyntax();
        }
        return first;
    }

    private MatchCase caseBlock() {
        Token kw = ts.next();
        Pattern pattern = patterns();
        Expr guard = null;
        if (atKw("if")) {
            ts.next();
            guard = namedExpression();
        }
        colon(true);
        List<Stmt> body = block("'case' statement", kw);
        return new MatchCase(pattern, guard, body);
    }

    private Pattern patterns() {
        Token start = ts.peek();
        Pattern first = maybeStarPattern();
        if (atOp(",")) {
            List<Pattern> ps = new ArrayList<>();
            ps.add(first);
            while (atOp(",")) {
                ts.next();
                if (atOp(":") || atKw("if")) {
                    break;
                }
                ps.add(maybeStarPattern());
            }
            return new Pattern.MatchSequence(List.copyOf(ps), posFrom(start));
        }
        if (first instanceof Pattern.MatchStar) {
            throw invalidSyntax();
        }
        return first;
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = ts.next();
            Token name = expectName();
            return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), posFrom(star));
        }
        return pattern();
    }

    private Pattern pattern() {
        enter(2);
        Token start = ts.peek();
        Pattern p = orPattern();
        if (atKw("as")) {
            ts.next();
            Token name = ts.peek();
            if (name.is("_")) {
                throw errorAt("cannot use '_' as a target", name);
            }
            if (!atName()) {
                Expr e = diagnose(this::expression);
                if (e != null) {
                    throw errorAt("invalid pattern target", e.pos());
                }
                throw invalidSyntax();
            }
            ts.next();
            if (atOp(".") || atOp("(") || atOp("=")) {
                throw invalidSyntax();
            }
            p = new Pattern.MatchAs(p, name.text(), posFrom(start));
        }
        leave(2);
        return p;
    }

    private Pattern orPattern() {
        Token start = ts.peek();
        Pattern first = closedPattern();
        if (!atOp("|")) {
            return first;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (atOp("|")) {
            ts.next();
            ps.add(closedPattern());
        }
        return new Pattern.MatchOr(List.copyOf(ps), posFrom(start));
    }

    private Pattern closedPattern() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER -> {
                return new Pattern.MatchValue(signedNumberPattern(), posFrom(t));
            }
            case STRING -> {
                Expr s = strings();
                return new Pattern.MatchValue(s, s.pos());
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        ts.next();
                        return new Pattern.MatchSingleton(ConstantValue.None.NONE, tokPos(t));
                    }
                    case "True", "False" -> {
                        ts.next();
                        return new Pattern.MatchSingleton(t.text().equals("True"), tokPos(t));
                    }
                    default -> { }
                }
                if (isKeyword(t.text())) {
                    throw invalidSyntax();
                }
                ts.next();
                Expr nameOrAttr = new Expr.Name(t.text(), ExprContext.LOAD, tokPos(t));
                boolean dotted = false;
                while (atOp(".")) {
                    ts.next();
                    Token attr = expectName();
                    nameOrAttr = new Expr.Attribute(nameOrAttr, attr.text(), ExprContext.LOAD, posFrom(t));
                    dotted = true;
                }
                if (atOp("(")) {
                    return classPattern(t, nameOrAttr);
                }
                if (dotted) {
                    return new Pattern.MatchValue(nameOrAttr, nameOrAttr.pos());
                }
                if (t.text().equals("_")) {
                    return new Pattern.MatchAs(null, null, tokPos(t));
                }
                return new Pattern.MatchAs(null, t.text(), tokPos(t));
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        return new Pattern.MatchValue(signedNumberPattern(), posFrom(t));
                    }
                    case "(" -> {
                        ts.next();
                        if (atOp(")")) {
                            ts.next();
                            return new Pattern.MatchSequence(List.of(), posFrom(t));
                        }
                        Pattern first = maybeStarPattern();
                        if (atOp(",")) {
                            List<Pattern> ps = new ArrayList<>();
                            ps.add(first);
                            while (atOp(",")) {
                                ts.next();
                                if (atOp(")")) {
                                    break;
                                }
                                ps.add(maybeStarPattern());
                            }
                            expect(")");
                            return new Pattern.MatchSequence(List.copyOf(ps), posFrom(t));
                        }
                        expect(")");
                        if (first instanceof Pattern.MatchStar) {
                            return new Pattern.MatchSequence(List.of(first), posFrom(t));
                        }
                        return first;
                    }
                    case "[" -> {
                        ts.next();
                        List<Pattern> ps = new ArrayList<>();
                        while (!atOp("]")) {
                            ps.add(maybeStarPattern());
                            if (!accept(",")) {
                                break;
                            }
                        }
                        expect("]");
                        return new Pattern.MatchSequence(List.copyOf(ps), posFrom(t));
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** signed_number or complex_number of a literal pattern. */
    private Expr signedNumberPattern() {
        Token start = ts.peek();
        Expr real;
        if (atOp("-")) {
            ts.next();
            if (!peekKind(TokenKind.NUMBER)) {
                throw invalidSyntax();
            }
            Token n = ts.next();
            Expr num = new Expr.Constant(number(n), null, tokPos(n));
            real = new Expr.UnaryOp(UnaryOperator.USUB, num, posFrom(start));
        } else {
            Token n = ts.next();
            real = new Expr.Constant(number(n), null, tokPos(n));
        }
        if (atOp("+") || atOp("-")) {
            Expr realNumber = real instanceof Expr.UnaryOp u ? u.operand() : real;
            if (((Expr.Constant) realNumber).value() instanceof ConstantValue.Imaginary) {
                throw errorAt("real number required in complex literal", realNumber.pos());
            }
            Token op = ts.next();
            if (!peekKind(TokenKind.NUMBER)) {
                throw invalidSyntax();
            }
            Token n = ts.next();
            Object v = number(n);
            Expr imag = new Expr.Constant(v, null, tokPos(n));
            if (!(v instanceof ConstantValue.Imaginary)) {
                throw errorAt("imaginary number required in complex literal", imag.pos());
            }
            return new Expr.BinOp(real, op.text().equals("+") ? Operator.ADD : Operator.SUB, imag, posFrom(start));
        }
        return real;
    }

    private Pattern mappingPattern() {
        Token open = ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (atOp("**")) {
                ts.next();
                if (at("_")) {
                    ts.peek();
                    throw invalidSyntax();
                }
                rest = expectName().text();
                accept(",");
                break;
            }
            Expr key;
            Token k = ts.peek();
            if (k.kind() == TokenKind.NUMBER || k.is("-")) {
                key = signedNumberPattern();
            } else if (k.kind() == TokenKind.STRING) {
                key = strings();
            } else if (k.is("None")) {
                ts.next();
                key = new Expr.Constant(ConstantValue.None.NONE, null, tokPos(k));
            } else if (k.is("True") || k.is("False")) {
                ts.next();
                key = new Expr.Constant(k.text().equals("True"), null, tokPos(k));
            } else if (atName()) {
                ts.next();
                key = new Expr.Name(k.text(), ExprContext.LOAD, tokPos(k));
                if (!atOp(".")) {
                    throw invalidSyntax();
                }
                while (atOp(".")) {
                    ts.next();
                    Token attr = expectName();
                    key = new Expr.Attribute(key, attr.text(), ExprContext.LOAD, posFrom(k));
                }
            } else {
                throw invalidSyntax();
            }
            expect(":");
            keys.add(key);
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Pattern.MatchMapping(List.copyOf(keys), List.copyOf(values), rest, posFrom(open));
    }

    private Pattern classPattern(Token start, Expr cls) {
        ts.next(); // '('
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            if (atName() && ts.peek(1).is("=")) {
                Token name = ts.next();
                ts.next();
                kwdAttrs.add(name.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw positionalAfterKeyword(p);
                }
                positional.add(p);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Pattern.MatchClass(cls, List.copyOf(positional), List.copyOf(kwdAttrs), List.copyOf(kwdPatterns),
                posFrom(start));
    }

    /**
     * CPython's invalid_class_argument_pattern: after a keyword pattern, the run of positional
     * patterns starting at {@code first} (up to a keyword pattern, or whatever is no pattern) is
     * the error's range, whatever follows it.
     */
    private SyntaxErrorException positionalAfterKeyword(Pattern first) {
        Pattern last = first;
        while (atOp(",") && !(ts.peek(1).kind() == TokenKind.NAME && ts.peek(2).is("=")) && !ts.peek(1).is(")")) {
            int mark = ts.pos;
            ts.next();
            Pattern p = attempt(this::pattern);
            // a name or dotted name before '=' is no pattern (capture and value patterns look ahead)
            if (p == null || atOp("=")) {
                ts.pos = mark;
                break;
            }
            last = p;
        }
        return errorRange("positional patterns follow keyword patterns", first.pos(), last.pos());
    }

    // ------------------------------------------------------------------ expressions

    /** True if the next token can begin an expression. */
    private boolean startsExpression() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !isKeyword(t.text()) || switch (t.text()) {
                case "True", "False", "None", "lambda", "not", "await" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * True if the token {@code k} ahead can begin a {@code factor} (or, with {@code allowNot}, an
     * {@code inversion}). A binary operator whose right operand cannot even start is left
     * unconsumed, as a PEG parser backs out of it, so error rules see the shorter expression.
     */
    private boolean operandStartsAt(int k, boolean allowNot) {
        Token t = ts.peek(k);
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !isKeyword(t.text()) || switch (t.text()) {
                case "True", "False", "None", "await" -> true;
                case "not" -> allowNot;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** {@code expressions}: expression (',' expression)* [','], a Tuple if there is a comma. */
    private Expr expressions() {
        Token start = ts.peek();
        Expr first = expression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (atOp(",")) {
            ts.next();
            if (!startsExpression()) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(start));
    }

    /** {@code star_expressions}. */
    private Expr starExpressions() {
        Token start = ts.peek();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (atOp(",")) {
            ts.next();
            if (!(startsExpression() || atOp("*"))) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(start));
    }

    /** {@code star_expression}: '*' bitwise_or | expression. */
    private Expr starExpression() {
        if (atOp("*")) {
            Token star = ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
        }
        return expression();
    }

    /** {@code star_named_expression}: '*' bitwise_or | named_expression. */
    private Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
        }
        return namedExpression();
    }

    /** {@code named_expression}: NAME ':=' expression | expression !':=', with its error rules. */
    private Expr namedExpression() {
        Token start = ts.peek();
        if (atName() && ts.peek(1).is(":=")) {
            ts.next();
            ts.next();
            Expr value = expression();
            checkVersion(8, "Assignment expressions are");
            return new Expr.NamedExpr(new Expr.Name(start.text(), ExprContext.STORE, tokPos(start)), value,
                    posFrom(start));
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw walrusError(e);
        }
        if (atOp("=") && speculating == 0) {
            throw namedAssignError(start, e);
        }
        return e;
    }

    /**
     * invalid_named_expression's {@code a=expression ':=' expression}: the message needs a
     * right side that parses; without one the failure is generic.
     */
    private RuntimeException walrusError(Expr target) {
        ts.peek();
        Token failAt = ts.furthestToken();
        int mark = ts.pos;
        ts.next(); // ':='
        Expr value = diagnose(this::expression);
        ts.pos = mark;
        if (value == null) {
            return genericErrorOrBacktrack(failAt);
        }
        return errorAt("cannot use assignment expressions with " + Targets.exprName(target), target.pos());
    }

    /** invalid_named_expression's '=' alternatives for {@code e = ...} where an expression was due. */
    private RuntimeException namedAssignError(Token start, Expr e) {
        ts.peek();
        Token failAt = ts.furthestToken();
        int mark = ts.pos;
        ts.next(); // '='
        Expr rhs = diagnose(this::bitwiseOr);
        boolean stops = rhs != null && !atOp("=") && !atOp(":=");
        ts.pos = mark;
        if (stops && isBitwiseOrLevel(e)) {
            if (e instanceof Expr.Name && start.kind() == TokenKind.NAME) {
                return errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.pos(), rhs.pos());
            }
            if (!excludedFromNamedAssignHint(e)) {
                return errorAt("cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?",
                        e.pos());
            }
        }
        return genericErrorOrBacktrack(failAt);
    }

    /** {@code expression}: conditional expressions, lambdas, and CPython's invalid_expression rules. */
    private Expr expression() {
        enter(1);
        try {
            if (atKw("lambda")) {
                return lambdef();
            }
            Token start = ts.peek();
            Expr a = disjunction();
            if (atKw("if")) {
                int mark = ts.pos;
                ts.next();
                Expr test = disjunction();
                if (atKw("else")) {
                    ts.next();
                    Expr orelse = expression();
                    return new Expr.IfExp(test, a, orelse, posFrom(start));
                }
                if (!atOp(":")) {
                    throw errorRange("expected 'else' after 'if' expression", a.pos(), test.pos());
                }
                ts.pos = mark;
                return a;
            }
            if (speculating == 0 && startsExpression()) {
                checkMissingComma(start, a);
            }
            return a;
        } finally {
            leave(1);
        }
    }

    /** invalid_expression's "forgot a comma" and invalid_legacy_expression's print/exec hint. */
    private void checkMissingComma(Token start, Expr a) {
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && start.kind() == TokenKind.NAME;
        boolean nameString = start.kind() == TokenKind.NAME && ts.get(indexOf(start) + 1).kind() == TokenKind.STRING;
        // CPython 3.11 matches SOFT_KEYWORD by prefix (strncmp with the token's length): "c", "ma"...
        boolean softKeyword = start.kind() == TokenKind.NAME
                && ("match".startsWith(start.text()) || "case".startsWith(start.text()) || start.text().equals("_"));
        int mark = ts.pos;
        if (!legacy && !nameString && !softKeyword) {
            // expression_without_invalid: no error rule applies inside it.
            Expr b = diagnose(this::expressionWithoutInvalid);
            if (b != null) {
                int lastIndex = ts.pos - 1;
                ts.pos = mark;
                if (ts.levelAt(lastIndex) != 0) {
                    throw errorRange("invalid syntax. Perhaps you forgot a comma?", a.pos(), b.pos());
                }
            }
            ts.pos = mark;
        }
        if (legacy && !atOp("(")) {
            Expr b = probe(this::starExpressions);
            ts.pos = mark;
            if (b != null) {
                String name = ((Expr.Name) a).id();
                throw errorRange("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                        a.pos(), b.pos());
            }
        }
    }

    private int indexOf(Token t) {
        for (int i = ts.pos - 1; i >= 0; i--) {
            if (ts.get(i) == t) {
                return i;
            }
        }
        return ts.pos;
    }

    private Expr expressionWithoutInvalid() {
        if (atKw("lambda")) {
            return lambdef();
        }
        Token start = ts.peek();
        Expr a = disjunction();
        if (atKw("if")) {
            ts.next();
            Expr test = disjunction();
            expect("else");
            Expr orelse = expression();
            return new Expr.IfExp(test, a, orelse, posFrom(start));
        }
        return a;
    }

    private Expr lambdef() {
        Token kw = ts.next();
        Arguments args = parameters(":", false);
        expect(":");
        // The lambdef rule is a level of its own above the body's expression in CPython.
        enter(1);
        Expr body;
        try {
            body = expression();
        } finally {
            leave(1);
        }
        return new Expr.Lambda(args, body, posFrom(kw));
    }

    private Expr disjunction() {
        Token start = ts.peek();
        Expr first = conjunction();
        if (!atKw("or") || !operandStartsAt(1, true)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKw("or") && operandStartsAt(1, true)) {
            ts.next();
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOperator.OR, List.copyOf(values), posFrom(start));
    }

    private Expr conjunction() {
        Token start = ts.peek();
        Expr first = inversion();
        if (!atKw("and") || !operandStartsAt(1, true)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKw("and") && operandStartsAt(1, true)) {
            ts.next();
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOperator.AND, List.copyOf(values), posFrom(start));
    }

    private Expr inversion() {
        if (!atKw("not")) {
            return comparison();
        }
        List<Token> nots = new ArrayList<>();
        while (atKw("not")) {
            nots.add(ts.next());
            enter(1);
        }
        Expr e = comparison();
        for (int i = nots.size() - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(UnaryOperator.NOT, e, posFrom(nots.get(i)));
            leave(1);
        }
        return e;
    }

    private CmpOperator compareOp() {
        int mark = ts.pos;
        CmpOperator op = compareOpToken();
        if (op != null && !operandStartsAt(0, false)) {
            ts.pos = mark;
            return null;
        }
        return op;
    }

    private CmpOperator compareOpToken() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP) {
            CmpOperator op = switch (t.text()) {
                case "==" -> CmpOperator.EQ;
                case "!=" -> CmpOperator.NOT_EQ;
                case "<" -> CmpOperator.LT;
                case "<=" -> CmpOperator.LT_E;
                case ">" -> CmpOperator.GT;
                case ">=" -> CmpOperator.GT_E;
                default -> null;
            };
            if (op != null) {
                ts.next();
            }
            return op;
        }
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "in" -> {
                    ts.next();
                    return CmpOperator.IN;
                }
                case "is" -> {
                    ts.next();
                    if (atKw("not")) {
                        ts.next();
                        return CmpOperator.IS_NOT;
                    }
                    return CmpOperator.IS;
                }
                case "not" -> {
                    if (ts.peek(1).is("in")) {
                        ts.next();
                        ts.next();
                        return CmpOperator.NOT_IN;
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private Expr comparison() {
        Token start = ts.peek();
        Expr left = bitwiseOr();
        CmpOperator op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, List.copyOf(ops), List.copyOf(comparators), posFrom(start));
    }

    private Expr bitwiseOr() {
        Token start = ts.peek();
        Expr e = bitwiseXor();
        while (atOp("|") && operandStartsAt(1, false)) {
            ts.next();
            e = new Expr.BinOp(e, Operator.BIT_OR, bitwiseXor(), posFrom(start));
        }
        return e;
    }

    private Expr bitwiseXor() {
        Token start = ts.peek();
        Expr e = bitwiseAnd();
        while (atOp("^") && operandStartsAt(1, false)) {
            ts.next();
            e = new Expr.BinOp(e, Operator.BIT_XOR, bitwiseAnd(), posFrom(start));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Token start = ts.peek();
        Expr e = shiftExpr();
        while (atOp("&") && operandStartsAt(1, false)) {
            ts.next();
            e = new Expr.BinOp(e, Operator.BIT_AND, shiftExpr(), posFrom(start));
        }
        return e;
    }

    private Expr shiftExpr() {
        Token start = ts.peek();
        Expr e = sum();
        while (true) {
            Operator op = atOp("<<") ? Operator.LSHIFT : atOp(">>") ? Operator.RSHIFT : null;
            if (op == null || !operandStartsAt(1, false)) {
                return e;
            }
            ts.next();
            e = new Expr.BinOp(e, op, sum(), posFrom(start));
        }
    }

    private Expr sum() {
        Token start = ts.peek();
        Expr e = term();
        while (true) {
            Operator op = atOp("+") ? Operator.ADD : atOp("-") ? Operator.SUB : null;
            if (op == null || !operandStartsAt(1, false)) {
                return e;
            }
            ts.next();
            e = new Expr.BinOp(e, op, term(), posFrom(start));
        }
    }

    private Expr term() {
        Token start = ts.peek();
        Expr e = factor();
        while (true) {
            Token t = ts.peek();
            Operator op = null;
            if (t.kind() == TokenKind.OP) {
                op = switch (t.text()) {
                    case "*" -> Operator.MULT;
                    case "/" -> Operator.DIV;
                    case "//" -> Operator.FLOOR_DIV;
                    case "%" -> Operator.MOD;
                    case "@" -> Operator.MAT_MULT;
                    default -> null;
                };
            }
            if (op == null || !operandStartsAt(1, false)) {
                return e;
            }
            ts.next();
            e = new Expr.BinOp(e, op, factor(), posFrom(start));
            if (op == Operator.MAT_MULT) {
                checkVersion(5, "The '@' operator is");
            }
        }
    }

    /** {@code factor}: unary + - ~ (iteratively, so long chains do not deepen the Java stack). */
    private Expr factor() {
        Token t = ts.peek();
        if (!(t.kind() == TokenKind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~")))) {
            return power();
        }
        List<Token> ops = new ArrayList<>();
        while (true) {
            t = ts.peek();
            if (t.kind() == TokenKind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~"))) {
                ops.add(ts.next());
                enter(1);
            } else {
                break;
            }
        }
        Expr e = power();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Token op = ops.get(i);
            UnaryOperator u = switch (op.text()) {
                case "-" -> UnaryOperator.USUB;
                case "+" -> UnaryOperator.UADD;
                default -> UnaryOperator.INVERT;
            };
            e = new Expr.UnaryOp(u, e, posFrom(op));
            leave(1);
        }
        return e;
    }

    private Expr power() {
        Token start = ts.peek();
        Expr base = awaitPrimary();
        if (atOp("**") && operandStartsAt(1, false)) {
            ts.next();
            enter(2);
            Expr exp = factor();
            leave(2);
            return new Expr.BinOp(base, Operator.POW, exp, posFrom(start));
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (atKw("await")) {
            Token kw = ts.next();
            enter(1);
            Expr v = primary();
            leave(1);
            checkVersion(5, "Await expressions are");
            return new Expr.Await(v, posFrom(kw));
        }
        return primary();
    }

    private Expr primary() {
        Token start = ts.peek();
        Expr e = atom();
        while (true) {
            Token t = ts.peek();
            if (t.kind() != TokenKind.OP) {
                return e;
            }
            switch (t.text()) {
                case "." -> {
                    if (!(ts.peek(1).kind() == TokenKind.NAME && !isKeyword(ts.peek(1).text()))) {
                        return e;
                    }
                    ts.next();
                    Token name = expectName();
                    e = new Expr.Attribute(e, name.text(), ExprContext.LOAD, posFrom(start));
                }
                case "(" -> {
                    Token open = ts.next();
                    CallArgs ca = callArguments(open, true);
                    e = new Expr.Call(e, ca.args, ca.keywords, posFrom(start));
                }
                case "[" -> {
                    ts.next();
                    Expr slice = slices();
                    expect("]");
                    e = new Expr.Subscript(e, slice, ExprContext.LOAD, posFrom(start));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr slices() {
        Token start = ts.peek();
        Expr first = sliceOrStarred();
        if (!atOp(",")) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), ExprContext.LOAD, posFrom(start));
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (atOp(",")) {
            ts.next();
            if (atOp("]")) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        return new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(start));
    }

    private Expr sliceOrStarred() {
        if (atOp("*")) {
            Token star = ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
        }
        Token start = ts.peek();
        Expr lower = null;
        if (!atOp(":")) {
            lower = atName() && ts.peek(1).is(":=") ? namedExpression() : expression();
            if (!atOp(":")) {
                if (atOp(":=")) {
                    throw walrusError(lower);
                }
                if (atOp("=") && speculating == 0) {
                    throw namedAssignError(start, lower);
                }
                return lower;
            }
        }
        ts.next(); // ':'
        Expr upper = null;
        if (!atOp(":") && !atOp("]") && !atOp(",")) {
            upper = expression();
        }
        Expr step = null;
        if (atOp(":")) {
            ts.next();
            if (!atOp("]") && !atOp(",")) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, posFrom(start));
    }

    private record CallArgs(List<Expr> args, List<Keyword> keywords) {}

    /** Arguments of a call or class definition, after the '(' and through the ')'. */
    private CallArgs callArguments(Token open, boolean genexpAllowed) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        String positionalAfterKeyword = null;
        int count = 0;
        while (!atOp(")")) {
            count++;
            Token t = ts.peek();
            if (t.is("*")) {
                ts.next();
                if (seenDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", t);
                }
                Expr v = expression();
                Expr starred = new Expr.Starred(v, ExprContext.LOAD, posFrom(t));
                if (count == 1 && atFor()) {
                    forIfClauses();
                    throw errorAt("iterable unpacking cannot be used in comprehension", starred.pos());
                }
                args.add(starred);
            } else if (t.is("**")) {
                ts.next();
                Expr v = expression();
                keywords.add(new Keyword(null, v, posFrom(t)));
                seenDoubleStar = true;
            } else if (t.kind() == TokenKind.NAME && ts.peek(1).is("=")) {
                Token name = ts.next();
                Token eq = ts.next();
                if (name.text().equals("True") || name.text().equals("False") || name.text().equals("None")) {
                    throw errorRange("cannot assign to " + name.text(), tokPos(name), tokPos(eq));
                }
                if (isKeyword(name.text())) {
                    throw errorAt("invalid syntax", name);
                }
                Expr v = expression();
                if (atKw("for") || (atKw("async") && ts.peek(1).is("for"))) {
                    throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokPos(name),
                            tokPos(eq));
                }
                keywords.add(new Keyword(name.text(), v, posFrom(name)));
                seenKeyword = true;
            } else {
                Expr e = atName() && ts.peek(1).is(":=") ? namedExpression() : expression();
                if (atOp(":=")) {
                    throw invalidSyntax(); // arguments take 'expression !:=': no error rule
                }
                if (atOp("=")) {
                    throw errorRange("expression cannot contain assignment, perhaps you meant \"==\"?", e.pos(),
                            tokPos(ts.peek()));
                }
                if (atKw("for") || (atKw("async") && ts.peek(1).is("for"))) {
                    Token failAt = ts.furthestToken();
                    List<Comprehension> gens;
                    if (!genexpAllowed) {
                        ts.diagnostic++;
                    }
                    try {
                        gens = forIfClauses();
                    } finally {
                        if (!genexpAllowed) {
                            ts.diagnostic--;
                        }
                    }
                    Pos lastItem = lastComprehensionItem(gens);
                    if (!genexpAllowed && count == 1 && atOp(")")) {
                        throw genericErrorOrBacktrack(failAt);
                    }
                    if (count == 1 && atOp(")")) {
                        ts.next();
                        Expr gen = new Expr.GeneratorExp(e, gens, posFrom(open));
                        return new CallArgs(List.of(gen), List.of());
                    }
                    throw errorRange("Generator expression must be parenthesized", e.pos(), lastItem);
                }
                if (seenKeyword || seenDoubleStar) {
                    if (positionalAfterKeyword == null) {
                        positionalAfterKeyword = seenDoubleStar && !anyNamedKeywordBeforeDoubleStar(keywords)
                                ? "positional argument follows keyword argument unpacking"
                                : seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument";
                    }
                }
                args.add(e);
            }
            if (atOp(",")) {
                ts.next();
                continue;
            }
            break;
        }
        if (!atOp(")")) {
            throw invalidSyntax();
        }
        ts.next();
        if (positionalAfterKeyword != null) {
            throw errorAtLast(positionalAfterKeyword);
        }
        return new CallArgs(List.copyOf(args), List.copyOf(keywords));
    }

    private static boolean anyNamedKeywordBeforeDoubleStar(List<Keyword> keywords) {
        return false;
    }

    private static Pos lastComprehensionItem(List<Comprehension> gens) {
        Comprehension last = gens.get(gens.size() - 1);
        if (!last.ifs().isEmpty()) {
            return last.ifs().get(last.ifs().size() - 1).pos();
        }
        return last.iter().pos();
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || (atKw("async") && ts.peek(1).is("for"))) {
            boolean isAsync = false;
            if (atKw("async")) {
                ts.next();
                isAsync = true;
            }
            ts.next(); // 'for'
            Expr target = forTargets();
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKw("if")) {
                ts.next();
                ifs.add(disjunction());
            }
            if (isAsync) {
                checkVersion(6, "Async comprehensions are");
            }
            gens.add(new Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(gens);
    }

    private boolean atFor() {
        return atKw("for") || (atKw("async") && ts.peek(1).is("for"));
    }

    private Expr atom() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True", "False" -> {
                        ts.next();
                        return new Expr.Constant(t.text().equals("True"), null, tokPos(t));
                    }
                    case "None" -> {
                        ts.next();
                        return new Expr.Constant(ConstantValue.None.NONE, null, tokPos(t));
                    }
                    default -> { }
                }
                if (isKeyword(t.text())) {
                    throw invalidSyntax();
                }
                ts.next();
                return new Expr.Name(t.text(), ExprContext.LOAD, tokPos(t));
            }
            case NUMBER -> {
                ts.next();
                return new Expr.Constant(number(t), null, tokPos(t));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenAtom();
                    }
                    case "[" -> {
                        return listAtom();
                    }
                    case "{" -> {
                        return braceAtom();
                    }
                    case "..." -> {
                        ts.next();
                        return new Expr.Constant(ConstantValue.Ellipsis.ELLIPSIS, null, tokPos(t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** A NUMBER token's value under this parse's digit limit. */
    private Object number(Token t) {
        if (featureVersion < 6 && t.text().indexOf('_') >= 0) {
            throw errorAt("Underscores in numeric literals are only supported in Python 3.6 and greater", t);
        }
        return Literals.parseNumber(t, filename, intMaxStrDigits, lineSource);
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        boolean formatted = false;
        while (peekKind(TokenKind.STRING)) {
            Token part = ts.next();
            parts.add(part);
            formatted |= isFormatted(part.text());
        }
        if (formatted) {
            ts.peek();
            checkVersion(6, "Format strings are");
        }
        try {
            return Literals.parseStrings(parts, filename, this, ts.peek(), lineSource, warnings, warned);
        } catch (SyntaxErrorException e) {
            if (speculating > 0) {
                throw BACKTRACK;
            }
            throw e;
        }
    }

    /** True if a string literal's prefix (the letters before its quote) has an {@code f}. */
    private static boolean isFormatted(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\'' || c == '"') {
                return false;
            }
            if (c == 'f' || c == 'F') {
                return true;
            }
        }
        return false;
    }

    private Expr parenAtom() {
        Token open = ts.next();
        enter(4);
        try {
            if (atOp(")")) {
                ts.next();
                return new Expr.Tuple(List.of(), ExprContext.LOAD, posFrom(open));
            }
            if (atKw("yield")) {
                Expr y = yieldExpr();
                expect(")");
                parenthesized.add(y);
                return y;
            }
            if (atOp("**")) {
                Token dstar = ts.next();
                Expr inner = diagnose(this::expression);
                if (inner != null && atOp(")")) {
                    throw errorAt("cannot use double starred expression here", dstar);
                }
                throw invalidSyntax();
            }
            Expr first = starNamedExpression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                }
                expect(")");
                return new Expr.GeneratorExp(first, gens, posFrom(open));
            }
            if (atOp(")")) {
                ts.next();
                if (first instanceof Expr.Starred) {
                    throw errorAt("cannot use starred expression here", first.pos());
                }
                parenthesized.add(first);
                return first;
            }
            if (!atOp(",")) {
                throw invalidSyntax();
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (atOp(",")) {
                ts.next();
                if (atOp(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(")");
            return new Expr.Tuple(List.copyOf(elts), ExprContext.LOAD, posFrom(open));
        } finally {
            leave(4);
        }
    }

    private Expr listAtom() {
        Token open = ts.next();
        enter(4);
        try {
            if (atOp("]")) {
                ts.next();
                return new Expr.ListExpr(List.of(), ExprContext.LOAD, posFrom(open));
            }
            Expr first = starNamedExpression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                }
                expect("]");
                return new Expr.ListComp(first, gens, posFrom(open));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            displayRest(elts, "]");
            return new Expr.ListExpr(List.copyOf(elts), ExprContext.LOAD, posFrom(open));
        } finally {
            leave(4);
        }
    }

    /** The rest of a list or set display after its first element, through the closer. */
    private void displayRest(List<Expr> elts, String closer) {
        while (atOp(",")) {
            Token comma = ts.next();
            if (atOp(closer)) {
                break;
            }
            if (atFor()) {
                forIfClauses();
                throw errorRange("did you forget parentheses around the comprehension target?", elts.get(0).pos(),
                        tokPos(comma));
            }
            elts.add(starNamedExpression());
            if (atFor()) {
                forIfClauses();
                throw errorRange("did you forget parentheses around the comprehension target?", elts.get(0).pos(),
                        elts.get(elts.size() - 1).pos());
            }
        }
        expect(closer);
    }

    private Expr braceAtom() {
        Token open = ts.next();
        enter(4);
        try {
            if (atOp("}")) {
                ts.next();
                return new Expr.Dict(List.of(), List.of(), posFrom(open));
            }
            if (atOp("**")) {
                Token dstar = ts.next();
                Expr v = bitwiseOr();
                if (atFor()) {
                    forIfClauses();
                    throw errorAt("dict unpacking cannot be used in dict comprehension", dstar);
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(null);
                values.add(v);
                dictRest(keys, values);
                return new Expr.Dict(java.util.Collections.unmodifiableList(keys), List.copyOf(values), posFrom(open));
            }
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred)) {
                ts.next();
                Expr value = dictValue();
                if (atFor()) {
                    List<Comprehension> gens = forIfClauses();
                    expect("}");
                    return new Expr.DictComp(first, value, gens, posFrom(open));
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(first);
                values.add(value);
                dictRest(keys, values);
                return new Expr.Dict(java.util.Collections.unmodifiableList(keys), List.copyOf(values), posFrom(open));
            }
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                }
                expect("}");
                return new Expr.SetComp(first, gens, posFrom(open));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            displayRest(elts, "}");
            return new Expr.Set(List.copyOf(elts), posFrom(open));
        } finally {
            leave(4);
        }
    }

    private Expr dictValue() {
        if (atOp("*")) {
            Token star = ts.next();
            Expr v = diagnose(this::bitwiseOr);
            if (v != null) {
                throw errorStartingFrom("cannot use a starred expression in a dictionary value", tokPos(star));
            }
            throw invalidSyntax();
        }
        if (atOp("}") || atOp(",")) {
            throw errorAt("expression expected after dictionary key and ':'", ts.prev());
        }
        return expression();
    }

    private void dictRest(List<Expr> keys, List<Expr> values) {
        while (atOp(",")) {
            ts.next();
            if (atOp("}")) {
                break;
            }
            if (atOp("**")) {
                ts.next();
                keys.add(null);
                values.add(bitwiseOr());
                continue;
            }
            Expr k = expression();
            if (!atOp(":")) {
                if (true) {
                    SyntaxErrorException e = errorRange("':' expected after dictionary key", k.pos().line(),
                            k.pos().endCol() - 1, k.pos().endLine(), -1);
                    throw e;
                }
                throw invalidSyntax();
            }
            ts.next();
            keys.add(k);
            values.add(dictValue());
        }
        expect("}");
    }

    private Expr yieldExpr() {
        Token kw = ts.next();
        if (atKw("from")) {
            ts.next();
            Expr v = expression();
            return new Expr.YieldFrom(v, posFrom(kw));
        }
        if (startsExpression() || atOp("*")) {
            Expr v = starExpressions();
            return new Expr.Yield(v, posFrom(kw));
        }
        return new Expr.Yield(null, posFrom(kw));
    }
}
