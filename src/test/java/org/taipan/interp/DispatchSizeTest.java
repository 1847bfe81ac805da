package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method whose bytecode is longer than 8000 bytes
 * ({@code -XX:HugeMethodLimit}); the interpreter's dispatch method must stay below it. It must
 * also stay well below it: C2 counts the method's own bytecode against the budget for all it
 * inlines into it ({@code DesiredMethodLimit}, 8000 bytes), so the specialized instructions'
 * bodies are only inlined while the switch itself is small.
 */
class DispatchSizeTest {
    /** Bytes of bytecode Eval.execute may have (3,576 at the end of session 4), leaving C2 at least 4,200 to inline. */
    private static final int INLINING_BOUND = 3800;

    @Test
    void dispatchMethodStaysCompilable() throws Exception {
        byte[] bytes;
        try (InputStream in = Eval.class.getResourceAsStream("Eval.class")) {
            bytes = in.readAllBytes();
        }
        ClassModel cm = ClassFile.of().parse(bytes);
        int size = -1;
        for (MethodModel m : cm.methods()) {
            if (m.methodName().equalsString("execute")) {
                size = m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(-1);
            }
        }
        assertTrue(size > 0, "Eval.execute not found");
        assertTrue(size < 8000, "Eval.execute is " + size + " bytes of bytecode; HotSpot will not compile it");
        assertTrue(size < INLINING_BOUND, "Eval.execute is " + size + " bytes of bytecode, over " + INLINING_BOUND
                + ": C2 has less room to inline the hot cases; move rare instructions to RareOps");
    }
}
