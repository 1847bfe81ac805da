package org.taipan.repl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyMethod;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyProperty;
import org.taipan.runtime.PyStr;

/**
 * The completions of a name or a dotted attribute reference, as CPython 3.11's
 * {@code rlcompleter.Completer} computes them ({@code global_matches}, {@code attr_matches}):
 * keywords (with the space or colon that follows them), names of {@code __main__} and the
 * builtins (with {@code (} after a callable), and attributes of the object a plain dotted name
 * denotes. Nothing is evaluated but name look-ups and {@code getattr}: {@code a.b.c<TAB>}
 * looks {@code a} up and gets {@code b}; a call, subscript or operator before the dot gives no
 * completions.
 *
 * <p>The caller holds the GIL.
 */
final class NameCompletions {
    /** {@code keyword.kwlist} of CPython 3.11. */
    static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** Keywords rlcompleter completes without a following space. */
    private static final Set<String> BARE_KEYWORDS = Set.of("False", "None", "True", "break", "continue", "pass", "else");

    private final Interpreter interp;
    private final PyDict namespace;

    NameCompletions(Interpreter interp, PyDict namespace) {
        this.interp = interp;
        this.namespace = namespace;
    }

    /**
     * The completions of {@code text}, a name or dotted name prefix (possibly empty), sorted for
     * attributes and in rlcompleter's order (keywords, globals, builtins) for names.
     */
    List<String> complete(String text) {
        int dot = text.lastIndexOf('.');
        return dot < 0 ? globalMatches(text) : attributeMatches(text.substring(0, dot), text.substring(dot + 1));
    }

    private List<String> globalMatches(String text) {
        List<String> matches = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        seen.add("__builtins__");
        for (String word : KEYWORDS) {
            if (word.startsWith(text)) {
                seen.add(word);
                if (word.equals("finally") || word.equals("try")) {
                    matches.add(word + ":");
                } else {
                    matches.add(BARE_KEYWORDS.contains(word) ? word : word + " ");
                }
            }
        }
        for (PyDict space : new PyDict[] {namespace, interp.builtins()}) {
            for (int i = 0; i < space.size(); i++) {
                if (space.keyAt(i) instanceof PyStr key) {
                    String word = key.toString();
                    if (word.startsWith(text) && seen.add(word)) {
                        matches.add(callablePostfix(space.valueAt(i), word));
                    }
                }
            }
        }
        return matches;
    }

    private List<String> attributeMatches(String expr, String attr) {
        PyObject object = evaluateDottedName(expr);
        if (object == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        try {
            for (PyObject w : Abstract.toArray(Callables.call(interp.builtins().getItem(PyStr.of("dir")), object))) {
                words.add(Abstract.str(w).toString());
            }
            words.remove("__builtins__");
            if (Abstract.lookupAttr(object, PyStr.of("__class__")) != null) {
                words.add("__class__");
                words.addAll(classMembers(object.type()));
            }
        } catch (PyException e) {
            return List.of();
        }
        // rlcompleter: private names only when asked for with "_", dunders only with "__"
        String noPrefix = attr.isEmpty() ? "_" : attr.equals("_") ? "__" : null;
        Set<String> matches = new TreeSet<>();
        while (true) {
            for (String word : words) {
                if (word.startsWith(attr) && !(noPrefix != null && word.startsWith(noPrefix))) {
                    matches.add(attributeMatch(object, expr + "." + word, word));
                }
            }
            if (!matches.isEmpty() || noPrefix == null) {
                break;
            }
            noPrefix = noPrefix.equals("_") ? "__" : null;
        }
        return new ArrayList<>(matches);
    }

    /** {@code expr.word}, with {@code (} when the attribute is callable; a property is not run. */
    private String attributeMatch(PyObject object, String match, String word) {
        try {
            PyObject onType = Abstract.lookupAttr(object.type(), PyStr.of(word));
            if (onType instanceof PyProperty) {
                return match;
            }
            PyObject value = Abstract.lookupAttr(object, PyStr.of(word));
            return value == null ? match : callablePostfix(value, match);
        } catch (PyException e) {
            return match;
        }
    }

    /** rlcompleter's {@code get_class_members}: names of the class and its bases, recursively. */
    private List<String> classMembers(PyObject cls) {
        List<String> names = new ArrayList<>();
        try {
            for (PyObject w : Abstract.toArray(Callables.call(interp.builtins().getItem(PyStr.of("dir")), cls))) {
                names.add(Abstract.str(w).toString());
            }
            PyObject bases = Abstract.lookupAttr(cls, PyStr.of("__bases__"));
            if (bases != null) {
                for (PyObject base : Abstract.toArray(bases)) {
                    names.addAll(classMembers(base));
                }
            }
        } catch (PyException e) {
            // what was found so far still helps
        }
        return names;
    }

    /**
     * The object a dotted name ({@code a}, {@code a.b.c}) denotes: the first name from
     * {@code __main__} or the builtins, then {@code getattr} for each part; null when it is not a
     * plain dotted name or a look-up fails.
     */
    PyObject evaluateDottedName(String expr) {
        String[] parts = expr.split("\\.", -1);
        for (String part : parts) {
            if (!isIdentifier(part) || KEYWORDS.contains(part)) {
                return null;
            }
        }
        PyObject value = namespace.getItem(PyStr.of(parts[0]));
        if (value == null) {
            value = interp.builtins().getItem(PyStr.of(parts[0]));
        }
        try {
            for (int i = 1; i < parts.length && value != null; i++) {
                value = Abstract.lookupAttr(value, PyStr.of(parts[i]));
            }
        } catch (PyException e) {
            return null;
        }
        return value;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /**
     * rlcompleter's {@code _callable_postfix}: {@code (} after a callable, {@code ()} when its
     * signature has no parameters (known here for Python functions and methods bound to them;
     * CPython also reads builtins' text signatures).
     */
    private static String callablePostfix(PyObject value, String word) {
        if (value.type().tp_call == null) {
            return word;
        }
        return parameterCount(value) == 0 ? word + "()" : word + "(";
    }

    /** The number of parameters {@code inspect.signature} shows, or -1 when not known. */
    private static int parameterCount(PyObject value) {
        if (value instanceof PyFunction f) {
            return f.code.code.totalArgs();
        }
        if (value instanceof PyMethod m && m.function instanceof PyFunction f) {
            return f.code.code.totalArgs() - 1;
        }
        return -1;
    }
}
