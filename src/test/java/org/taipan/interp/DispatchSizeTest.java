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
 * ({@code -XX:HugeMethodLimit}); the interpreter's dispatch method must stay below it.
 */
class DispatchSizeTest {
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
    }
}
