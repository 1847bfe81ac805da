package org.taipan.javainterop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.taipan.runtime.Errors;

/**
 * One overload of a Java method or constructor: its parameter types and, made on first call and
 * then kept, a method handle of the uniform shape {@code (Object[]) -> Object} (receiver first for
 * an instance method, {@code null} for {@code void}), found through
 * {@link MethodHandles#publicLookup()} so only what any module may call is callable.
 */
final class Candidate {
    final Executable executable;
    /** The accessible class the member is looked up in: an instance method's receiver must be one. */
    final Class<?> refc;
    final boolean isStatic;
    final Class<?>[] params;
    final boolean varargs;
    /** {@code name(int, java.lang.String)}: how messages show this overload. */
    final String signature;
    private volatile MethodHandle handle;

    Candidate(JavaMembers.Member member) {
        this.executable = member.executable();
        this.refc = member.refc();
        this.isStatic = executable instanceof Constructor<?> || Modifier.isStatic(executable.getModifiers());
        this.params = executable.getParameterTypes();
        this.varargs = executable.isVarArgs();
        StringBuilder sb = new StringBuilder(executable instanceof Constructor<?> ? refc.getSimpleName() : executable.getName());
        sb.append('(');
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(params[i].getTypeName());
        }
        signature = sb.append(')').toString();
    }

    /**
     * The spread handle.
     *
     * @throws org.taipan.runtime.PyException TypeError when the module system refuses access
     */
    MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = handle = makeHandle();
        }
        return h;
    }

    private MethodHandle makeHandle() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle h;
        try {
            if (executable instanceof Method m) {
                MethodType mt = MethodType.methodType(m.getReturnType(), params);
                h = isStatic ? lookup.findStatic(refc, m.getName(), mt) : lookup.findVirtual(refc, m.getName(), mt);
            } else {
                h = lookup.findConstructor(refc, MethodType.methodType(void.class, params));
            }
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw Errors.typeError("Java %s %s is not accessible: %s",
                    executable instanceof Method ? "method" : "constructor",
                    refc.getName() + "." + signature, e.getMessage());
        }
        h = h.asFixedArity();
        int n = h.type().parameterCount();
        return h.asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
    }
}
