package org.taipan.embed;

/**
 * Run in a child JVM by {@link EmbeddingExampleTest} with {@code --illegal-native-access=deny}: what
 * embedded code gets when Taipan may not call the C library (each line: the expression, then its
 * value or the Python exception).
 */
public final class NativeAccessProbe {
    private NativeAccessProbe() {}

    public static void main(String[] args) {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            for (String expr : new String[] {
                "1 + 1",
                "__import__('socket').socket()",
                "__import__('subprocess').run(['true'])",
                "__import__('os').system('true')",
            }) {
                try {
                    System.out.println(expr + " -> " + py.eval(expr));
                } catch (PythonException e) {
                    System.out.println(expr + " -> " + e.getMessage());
                }
            }
        }
    }
}
