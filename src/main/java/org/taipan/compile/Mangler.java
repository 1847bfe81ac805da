package org.taipan.compile;

/**
 * Private name mangling: inside class {@code C}, {@code __spam} means {@code _C__spam}.
 * Matches CPython 3.11's {@code _Py_Mangle} (language reference, "Identifiers (Names)").
 */
public final class Mangler {
    private Mangler() {}

    /**
     * Mangles {@code name} for the innermost enclosing class {@code className} (null outside
     * any class). Names not starting with two underscores, ending with two underscores or
     * containing a dot, and any name in a class whose name is all underscores, are unchanged.
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
