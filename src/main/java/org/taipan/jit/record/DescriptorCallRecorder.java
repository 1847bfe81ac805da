package org.taipan.jit.record;

import java.lang.reflect.Method;
import org.taipan.interp.TraceDescriptors;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyMethodDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.StrMethods;

/**
 * The recorder's calls of methods of builtin types, {@code [descr, self, args]} as LOAD_ATTR_METHOD
 * left them (CPython 3.11's CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O / _FAST and
 * CALL_NO_KW_METHOD_DESCRIPTOR, and a CALL not yet specialized): {@code s.split()},
 * {@code d.get(k, 0)}, {@code l.pop()}, {@code x.startswith(y)}.
 *
 * <p>Guards, as tier 1's descriptor cache checks: the descriptor's identity (a constant after
 * LOAD_ATTR_METHOD, whose type-version guard on the receiver is already in the trace), the
 * receiver's exact Java class, and its Python type when that class does not fix it. Then a
 * CALL_HELPER of the descriptor's array-free body ({@link TraceDescriptors}), or of its full body
 * with an argument array (up to 3 arguments): the plain form when the call can run no Python code
 * ({@link FrameSafety#descriptorAllowed}: inert receiver and arguments, their classes guarded, or a
 * list/dict method that calls nothing), else the {@code InFrame} form, a
 * {@link org.taipan.interp.RunsPython} helper (a user key's {@code __eq__} in {@code list.index} or
 * {@code dict.get}, a generator consumed by {@code str.join}: the loop frame's locals are written
 * and its {@code lasti} set before it). The call runs while recording; what it raises in
 * the loop's own frame stops recording with that exception raised at the call
 * ({@link RecordAbort#raised}); inside an inlined call the callee frames are finished by tier 1
 * with it pending at the call. Inside an inlined call, whose frames the trace keeps virtual, the
 * {@code InFrame} form runs with them made real ({@code exit.RealFrames}).
 */
final class DescriptorCallRecorder {
    /** The helpers by form: [array-free 0, 1, 2 arguments, full body 0..3 arguments], plain and InFrame. */
    private static final Method[] PLAIN = {helper("noArgs", 2), helper("oneArg", 3), helper("twoArgs", 4),
        helper("call0", 2), helper("call1", 3), helper("call2", 4), helper("call3", 5)};
    private static final Method[] IN_FRAME = {helper("noArgsInFrame", 3), helper("oneArgInFrame", 4),
        helper("twoArgsInFrame", 5), helper("call0InFrame", 3), helper("call1InFrame", 4), helper("call2InFrame", 5),
        helper("call3InFrame", 6)};

    private final Recorder r;

    DescriptorCallRecorder(Recorder r) {
        this.r = r;
    }

    static Method helper(Class<?> owner, String name, int arity) {
        return TraceHelpers.find(owner, name, arity);
    }

    private static Method helper(String name, int arity) {
        return helper(TraceDescriptors.class, name, arity);
    }

    /**
     * {@code ch.isdigit()} (isalpha, isspace, ... {@code StrMethods.charPredicate}) of an exact str of
     * one character, at {@code i} with {@code [descr, self]} from {@code base}: CHAR_IS on its code
     * point (a character the trace took from a str, or one whose length is guarded); the
     * descriptor is guarded before. False, with nothing emitted, for any other call.
     */
    private boolean charTest(int i, PyMethodDescr d, PyObject self, int base) {
        if (self.getClass() != PyStr.class || ((PyStr) self).length() != 1 || d.owner() != PyStr.TYPE) {
            return false;
        }
        int kind = StrMethods.charPredicate(d.name());
        if (kind < 0) {
            return false;
        }
        Ins cp = r.resid.speculatedCodePoint(r.b.read(base + 1), self);
        Ins result = r.b.emit(IrOp.BOX_BOOL, null, r.b.emit(IrOp.CHAR_IS, kind, cp));
        r.replace(2, result, PyBool.of(StrMethods.charIs(kind, ((PyStr) self).codePointAt(0))));
        r.ip = i + 1;
        return true;
    }

    /** A call at {@code i} of {@code argc} positional arguments whose stack is {@code [descr, self, args]}. */
    void call(int i, int argc) {
        r.pops(i, argc + 2);
        int base = r.sp - argc - 2;
        PyObject[] st = r.st;
        if (!(st[base] instanceof PyMethodDescr d)) {
            throw new RecordAbort("method call of a non-descriptor", i);
        }
        PyObject self = st[base + 1];
        if (!self.type().isSubtypeOf(d.owner())) {
            throw new RecordAbort("method descriptor of another type", i);
        }
        Ins vd = r.b.read(base);
        if (vd.op != IrOp.CONST_REF || vd.aux != d) {
            r.b.guard(IrOp.GUARD_IS, d, vd);
        }
        if (argc == 0 && charTest(i, d, self, base)) {
            return;
        }
        Object body = argc == 0 ? d.noArgs() : argc == 1 ? d.oneArg() : argc == 2 ? d.twoArgs() : null;
        if (body == null && argc > 3) {
            throw new RecordAbort("method descriptor call with more than 3 arguments", i);
        }
        PyObject[] args = new PyObject[argc];
        System.arraycopy(st, base + 2, args, 0, argc);
        // runs no Python code now, and still none when the trace runs: its operands' classes guarded below
        boolean inert = FrameSafety.descriptorAllowed(d, self, args);
        Ins vs = r.b.read(base + 1);
        r.b.guard(IrOp.GUARD_CLASS, self.getClass(), vs);
        if (!TraceDescriptors.exactClass(self.getClass())) {
            Speculation.typeVersion(r.b, self.type(), vs);
        }
        int first = inert ? 0 : 1;
        Ins[] ops = new Ins[argc + 2 + first];
        if (!inert) {
            // the InFrame form sets the loop frame's lasti: Python code the method runs sees the line
            ops[0] = r.b.constant(Integer.valueOf(i));
        }
        ops[first] = r.b.constant(body != null ? body : d);
        ops[first + 1] = vs;
        for (int k = 0; k < argc; k++) {
            ops[first + 2 + k] = r.b.read(base + 2 + k);
            if (inert && FrameSafety.inert(args[k])) {
                FrameSafety.guardInert(r.b, ops[first + 2 + k], args[k]);
                if (FrameSafety.codecMethod(d)) {
                    FrameSafety.guardCodecArgument(r.b, ops[first + 2 + k], args[k]);
                }
            }
        }
        int form = body != null ? argc : 3 + argc;
        // resumes at the call with its operands on the stack: tier 1 unwinds what it raises from there
        Ins result = r.b.guard(IrOp.CALL_HELPER, inert ? PLAIN[form] : IN_FRAME[form], ops);
        r.f.lasti = i;
        PyObject value;
        try {
            // inside inlined calls, with their frames pushed when it may run Python code (the trace makes them real too)
            java.util.function.Supplier<PyObject> call = () -> body == null ? d.callChecked(self, args, null)
                    : argc == 0 ? ((PyMethodDescr.NoArgs) body).call(self)
                    : argc == 1 ? ((PyMethodDescr.OneArg) body).call(self, args[0])
                    : ((PyMethodDescr.TwoArgs) body).call(self, args[0], args[1]);
            value = inert ? call.get() : r.calls().inFrames(i, call);
        } catch (PyException | StackOverflowError e) {
            // it ran: tier 1 must not run it again, but raise what it raised at this call
            throw new RecordAbort("method call raised while recording", i, e);
        }
        r.replace(argc + 2, result, value);
        r.ip = i + 1;
    }
}
