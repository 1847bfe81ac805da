package org.taipan.repl;

import java.util.List;
import java.util.regex.Pattern;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;

/**
 * Tab completion at the prompt: module names after {@code import} / {@code from}
 * ({@link ModuleCompletions}), otherwise names and attributes as CPython's rlcompleter
 * ({@link NameCompletions}). It runs on the console's thread while that waits for input
 * without the GIL, so it takes the GIL for the look-ups.
 */
final class PythonCompleter implements Completer {
    /** {@code import a, b.c} or {@code from a.b} up to the cursor: the last word is a module name. */
    private static final Pattern MODULE_CONTEXT =
            Pattern.compile("\\s*(import\\s+([\\w.]+\\s*(as\\s+\\w+\\s*)?,\\s*)*|from\\s+)[\\w.]*", Pattern.UNICODE_CHARACTER_CLASS);

    /** {@code from a.b import x, y} up to the cursor: the last word is a name in module {@code a.b}. */
    private static final Pattern FROM_IMPORT_CONTEXT =
            Pattern.compile("\\s*from\\s+([\\w.]+)\\s+import\\s+(\\(?\\s*(\\w+\\s*(as\\s+\\w+\\s*)?,\\s*)*)\\w*",
                    Pattern.UNICODE_CHARACTER_CLASS);

    private final Interpreter interp;
    private final NameCompletions names;
    private final ModuleCompletions modules;

    /** @param namespace the globals names are completed from ({@code __main__}'s) */
    PythonCompleter(Interpreter interp, PyDict namespace) {
        this.interp = interp;
        this.names = new NameCompletions(interp, namespace);
        this.modules = new ModuleCompletions(interp);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor());
        String word = line.word();
        interp.gil().acquire();
        try {
            java.util.regex.Matcher from = FROM_IMPORT_CONTEXT.matcher(before);
            List<String> words = from.matches() ? modules.namesIn(from.group(1), word)
                    : MODULE_CONTEXT.matcher(before).matches() ? modules.complete(word) : names.complete(word);
            int order = 0;
            for (String w : words) {
                // complete=false: the word carries its own suffix ("import ", "print("), as rlcompleter's do
                candidates.add(new Candidate(w, w, null, null, null, null, false, order++));
            }
        } catch (RuntimeException e) {
            // completion must never end the session
        } finally {
            interp.gil().release();
        }
    }
}
