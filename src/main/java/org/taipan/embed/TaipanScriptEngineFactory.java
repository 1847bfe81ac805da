package org.taipan.embed;

import java.util.List;
import java.util.stream.Collectors;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 ({@code javax.script}) factory of Taipan's engine, registered in
 * {@code META-INF/services/javax.script.ScriptEngineFactory} so that
 * {@code new ScriptEngineManager().getEngineByName("python")} (or {@code "taipan"}),
 * {@code getEngineByExtension("py")} and {@code getEngineByMimeType("text/x-python")} find it.
 * Each {@link #getScriptEngine()} is a new, independent interpreter.
 */
public final class TaipanScriptEngineFactory implements ScriptEngineFactory {
    /** The engine's version (the artifact's). */
    public static final String VERSION = "0.1.0";

    private static final List<String> NAMES = List.of("python", "taipan", "Python", "Taipan", "python3");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python", "text/python", "application/x-python");

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public TaipanScriptEngineFactory() {}

    @Override
    public String getEngineName() {
        return "Taipan";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    /**
     * The standard keys, and {@code "THREADING"}: {@code "MULTITHREADED"} (an engine may be used
     * from several threads at once; their scripts share the globals and take turns under the GIL).
     */
    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> NAMES.getFirst();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    /** {@code obj.m(a, b)}. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** {@code print('text')}, the text as a Python string literal. */
    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder sb = new StringBuilder("print('");
        toDisplay.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append("')").toString();
    }

    /** The statements one per line. */
    @Override
    public String getProgram(String... statements) {
        return List.of(statements).stream().collect(Collectors.joining("\n", "", "\n"));
    }

    /** A new engine with its own interpreter. */
    @Override
    public ScriptEngine getScriptEngine() {
        return new TaipanScriptEngine(this);
    }
}
