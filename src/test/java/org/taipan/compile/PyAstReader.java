package org.taipan.compile;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.ConstantValue;
import org.taipan.ast.Mod;
import org.taipan.ast.Pos;

/**
 * Reads the AST text that {@code tools/pyast_export.py} prints from CPython's own {@code ast}
 * module back into {@code org.taipan.ast} records, so symbol-table tests do not depend on our
 * parser. Records are built reflectively: the exporter prints fields in Python.asdl order,
 * which is the order of the record components.
 */
final class PyAstReader {
    private final String text;
    private int i;

    private PyAstReader(String text) {
        this.text = text;
    }

    static Mod read(String text) {
        return (Mod) new PyAstReader(text).value(null);
    }

    private void skipSpace() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
    }

    private String word() {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')'
                && text.charAt(i) != ']') {
            i++;
        }
        return text.substring(start, i);
    }

    private Object value(Class<?> expected) {
        skipSpace();
        char c = text.charAt(i);
        switch (c) {
            case '(' -> {
                i++;
                return node(word());
            }
            case '[' -> {
                i++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (text.charAt(i) == ']') {
                        i++;
                        return java.util.Collections.unmodifiableList(nullable(items));
                    }
                    Object v = value(null);
                    items.add(v == null ? NULL : v);
                }
            }
            case '"' -> {
                return string();
            }
            case '#' -> {
                i++;
                return singleton(word(), expected);
            }
            default -> {
                String w = word();
                return switch (w) {
                    case "None" -> null;
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "%e" -> ConstantValue.Ellipsis.ELLIPSIS;
                    default -> w.startsWith("%") ? constant(w) : w.length() < 18 ? (Object) Long.parseLong(w) : new java.math.BigInteger(w);
                };
            }
        }
    }

    private static final Object NULL = new Object();

    private static Object constant(String w) {
        String body = w.substring(2);
        return switch (w.charAt(1)) {
            case 'f' -> parseHexFloat(body);
            case 'j' -> new ConstantValue.Imaginary(parseHexFloat(body));
            case 'b' -> new ConstantValue.Bytes(java.util.HexFormat.of().parseHex(body));
            default -> throw new IllegalArgumentException("unknown constant " + w);
        };
    }

    /** Python's {@code float.hex()} output: {@code inf}, {@code nan} or a hex float. */
    private static double parseHexFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private static List<Object> nullable(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            out.add(o == NULL ? null : o);
        }
        return out;
    }

    private Object singleton(String name, Class<?> expected) {
        for (Class<?> k : List.of(org.taipan.ast.ExprContext.class, org.taipan.ast.Operator.class,
                org.taipan.ast.CmpOperator.class, org.taipan.ast.BoolOperator.class,
                org.taipan.ast.UnaryOperator.class)) {
            if (expected != null && expected != k) {
                continue;
            }
            for (Object e : k.getEnumConstants()) {
                if (((Enum<?>) e).name().replace("_", "").equalsIgnoreCase(name)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown singleton " + name);
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (text.charAt(i) != '"') {
            char c = text.charAt(i++);
            if (c == '\\') {
                char e = text.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        i++;
        return sb.toString();
    }

    private Object node(String name) {
        Class<?> cls = recordClass(name);
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        int n = 0;
        while (true) {
            skipSpace();
            char c = text.charAt(i);
            if (c == ')') {
                i++;
                break;
            }
            if (c == '@') {
                i++;
                int[] p = new int[4];
                for (int k = 0; k < 4; k++) {
                    skipSpace();
                    p[k] = Integer.parseInt(word());
                }
                args[comps.length - 1] = new Pos(p[0], p[1], p[2], p[3]);
                continue;
            }
            Class<?> type = comps[n].getType();
            args[n] = convert(value(type.isEnum() ? type : null), type);
            n++;
        }
        if (comps[comps.length - 1].getType() == Pos.class && args[comps.length - 1] == null) {
            args[comps.length - 1] = Pos.NONE;
        }
        try {
            Class<?>[] types = new Class<?>[comps.length];
            for (int k = 0; k < comps.length; k++) {
                types[k] = comps[k].getType();
            }
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + name, e);
        }
    }

    private static Object convert(Object v, Class<?> type) {
        if (type == boolean.class) {
            return v instanceof Long l ? l != 0 : v;
        }
        if (type == int.class) {
            return ((Long) v).intValue();
        }
        if (v == null && type == Object.class) {
            return ConstantValue.None.NONE;
        }
        return v;
    }

    private static Class<?> recordClass(String name) {
        for (String outer : List.of("Stmt", "Expr", "Pattern", "Mod")) {
            try {
                return Class.forName("org.taipan.ast." + outer + "$" + name);
            } catch (ClassNotFoundException e) {
                // try the next family
            }
        }
        try {
            return Class.forName("org.taipan.ast." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown node " + name);
        }
    }
}
