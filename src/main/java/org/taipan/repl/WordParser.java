package org.taipan.repl;

import java.util.List;

import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a Python input line: the "word" under the cursor is the dotted name that ends
 * at the cursor ({@code os.pa} in {@code import os.pa}), what {@link PythonCompleter} completes.
 * Unlike JLine's default parser it never asks for a continuation line (the console decides
 * that, see {@link StatementCheck}) and knows no quoting or escapes, so a line is accepted as
 * typed.
 */
final class WordParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = cursor;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        String word = line.substring(start, cursor);
        return new Parsed(word, line, cursor);
    }

    /** Name characters and the dot of an attribute reference (non-ASCII letters included). */
    static boolean isWordChar(char c) {
        return c == '.' || c == '_' || Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    private record Parsed(String word, String line, int cursor) implements ParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
