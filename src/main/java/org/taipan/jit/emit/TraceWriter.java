package org.taipan.jit.emit;

import static java.lang.constant.ConstantDescs.CD_MethodHandle;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.interp.Frame;
import org.taipan.jit.exit.ExitPoint;
import org.taipan.jit.exit.HeldSlot;
import org.taipan.jit.exit.InlinedExits;
import org.taipan.jit.exit.SideExits;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.jit.ir.IrType;
import org.taipan.jit.ir.Snapshot;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * Writes the class file of one trace: a subclass of {@link TraceCode} whose
 * {@code run(ThreadState, Frame)} loads the slots the trace reads from {@code f.fast}, runs the
 * preamble, then the loop body as a straight line of op templates ({@link OpTable}) with every IR
 * value in a JVM local of its type, each guard a branch to its exit block, and the back edge a
 * parallel copy into the PHIs' locals followed by a jump to the loop head. Exit blocks come after
 * the loop: each boxes the values its snapshot names (computing the values the optimizer left
 * virtual), stores them into the frame and calls {@link SideExits#left} (in the compact form,
 * passes them to {@link SideExits#leave} instead; {@link InlinedExits#leave} for a snapshot inside
 * inlined calls, which re-creates their frames and finishes the calls in tier 1, or holds them for
 * a bridge) and returns its number. A MAY_RAISE op's handler leaves through its exit too, then rethrows (in the loop's own
 * frame) or returns the exit's number (in an inlined frame, whose calls got the exception).
 * With {@link #exitMethods} the exit blocks are methods of the class instead ({@link ExitGroups}),
 * and run holds only the hot path, each guard's way into its group's call and the shared tail.
 *
 * <p>Refuses ({@link UnsupportedOperationException}, the reason as its message) what it cannot
 * compile: an op without a template, an inlined snapshot without its function, a snapshot value
 * that is neither computed by the trace nor computable at the exit.
 */
final class TraceWriter {
    private static final ClassDesc CD_FRAME = desc(Frame.class);
    private static final ClassDesc CD_THREAD_STATE = desc(ThreadState.class);
    private static final ClassDesc CD_PYOBJECT = desc(PyObject.class);
    private static final ClassDesc CD_PYOBJECT_ARRAY = CD_PYOBJECT.arrayType();
    private static final ClassDesc CD_TRACE_CODE = desc(TraceCode.class);
    private static final ClassDesc CD_EXIT_POINT = desc(ExitPoint.class);
    private static final ClassDesc CD_SIDE_EXITS = desc(SideExits.class);
    private static final ClassDesc CD_LIST = desc(List.class);
    private static final MethodTypeDesc RUN = MethodTypeDesc.of(CD_int, CD_THREAD_STATE, CD_FRAME);
    private static final MethodTypeDesc INIT = MethodTypeDesc.of(CD_void, CD_LIST, CD_EXIT_POINT);
    private static final ClassDesc CD_INLINED_EXITS = desc(InlinedExits.class);
    private static final MethodTypeDesc LEAVE = MethodTypeDesc.of(CD_void, CD_FRAME, CD_EXIT_POINT, CD_Object.arrayType());
    private static final MethodTypeDesc LEFT = MethodTypeDesc.of(CD_void, CD_FRAME, CD_EXIT_POINT);
    private static final MethodTypeDesc LINKED = MethodTypeDesc.of(CD_int, CD_EXIT_POINT, CD_THREAD_STATE, CD_FRAME);
    private static final MethodTypeDesc LEAVE_INLINED = MethodTypeDesc.of(CD_void, CD_THREAD_STATE, CD_FRAME,
            CD_EXIT_POINT, CD_Object.arrayType(), CD_Throwable);

    private static final ClassDesc CD_REAL_FRAMES = desc(org.taipan.jit.exit.RealFrames.class);
    private static final MethodTypeDesc PUSH_FRAMES = MethodTypeDesc.of(CD_void, CD_THREAD_STATE, CD_FRAME,
            CD_EXIT_POINT, CD_Object.arrayType());
    private static final MethodTypeDesc POP_FRAMES = MethodTypeDesc.of(CD_void, CD_THREAD_STATE, CD_int);
    private static final MethodTypeDesc POP_RAISED = MethodTypeDesc.of(CD_void, CD_THREAD_STATE, CD_EXIT_POINT);
    private static final MethodTypeDesc HELD_SLOT = MethodTypeDesc.of(CD_PYOBJECT, CD_EXIT_POINT, CD_int);
    private static final MethodTypeDesc EXIT_POINT_AT = MethodTypeDesc.of(CD_EXIT_POINT, CD_int);
    private static final ClassDesc CD_INNER_LOOPS = desc(org.taipan.jit.InnerLoops.class);
    private static final MethodTypeDesc RUN_INNER_WRITTEN = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_THREAD_STATE,
            CD_FRAME, CD_EXIT_POINT, CD_Object);
    private static final MethodTypeDesc RUN_INNER = MethodTypeDesc.of(ConstantDescs.CD_boolean, CD_THREAD_STATE, CD_FRAME,
            CD_EXIT_POINT, CD_Object.arrayType(), CD_Object);

    // Fixed locals of run: this, ts, f, then these.
    private static final int FAST = 3;
    private static final int ITERATIONS = 4;
    private static final int FIRST_VALUE = 5;

    private final Trace trace;
    private final int budget;
    private final ClassData data = new ClassData();
    /** The JVM local of each IR value in the method being written (run's, or an exit method's parameters). */
    private Map<Ins, Integer> localOf = new IdentityHashMap<>();
    private final List<ExitPoint> exits = new ArrayList<>();
    private final List<Label> exitLabels = new ArrayList<>();
    private final Map<Ins, Integer> exitOf = new IdentityHashMap<>();
    private ExitPoint budgetExit;
    private int exceptionLocal;
    /** First local free for an exit block's temporaries (see {@link #boxed}, {@link #storeFrame}). */
    private int tempBase;
    /** In run, with {@link #exitMethods}: the number of the exit a group's call passes on. */
    private int exitLocal;
    /**
     * While a shared exit block is written ({@link SharedExits}): the exit point is not a constant
     * but the one numbered in {@link #exitLocal}, which the guard's own stub set.
     */
    private boolean sharedExit;
    /** While an exit method is written: its caller stored the iteration count already. */
    private boolean iterationsStored;
    /** While an exit block is written: the temporary local of each object it made (see {@link #boxed}). */
    private Map<Ins, Integer> exitObjects;
    /** While an exit block is written: the first local of {@link #exitObjects}' temporaries. */
    private int exitObjectBase;

    /**
     * Exit blocks in the loop's own frame store their values into {@code f.fast} themselves
     * ({@link #storeFrame}) instead of passing an array to {@link SideExits#leave}: a few bytes
     * more per value, and no array and no walk over the snapshot at run time (the walk was 40% of a
     * polymorphic loop's time, whose receivers leave through an exit into a bridge every iteration).
     */
    private final boolean directExits;

    /**
     * Whether exit blocks are methods of their own ({@link ExitGroups}) instead of code at the end
     * of {@code run}: a trace with many exits (each of which writes its snapshot's dozens of
     * values back) would otherwise pass HotSpot's compile size limit with a {@code run} mostly
     * made of cold code.
     */
    private final boolean exitMethods;
    /** Whether guards that leave to one snapshot share an exit block ({@link SharedExits}). */
    private final boolean shareExits;
    /** The class being written. */
    private ClassDesc self;
    /** The exit methods' groups (with {@link #exitMethods}), in trace order. */
    private List<ExitGroups.Group> groups = List.of();
    /** Each exit's group (with {@link #exitMethods}). */
    private final Map<ExitPoint, ExitGroups.Group> groupOf = new IdentityHashMap<>();
    /** While run is written: the label of each group's call. */
    private final Map<ExitGroups.Group, Label> groupLabels = new IdentityHashMap<>();

    TraceWriter(Trace trace, int budget) {
        this(trace, budget, true, true, false, false);
    }

    /**
     * @param directExits see {@link #directExits}; false for the compact form of exit blocks
     * @param links       whether guards' exits call through a bridge link ({@link #linkable});
     *                    false for the smallest inline form
     * @param exitMethods see {@link #exitMethods}
     * @param shareExits  whether guards of one snapshot share an exit block ({@link SharedExits};
     *                    not with exit methods)
     */
    TraceWriter(Trace trace, int budget, boolean directExits, boolean links, boolean exitMethods, boolean shareExits) {
        this.trace = trace;
        this.budget = budget;
        this.directExits = directExits;
        this.links = links;
        this.exitMethods = exitMethods;
        this.shareExits = shareExits && !exitMethods;
        this.tree = null;
    }

    /**
     * A writer of a trace tree's class ({@link TraceTree}): the root's code in the direct form with
     * links, its exit points reused, and each branch's bridge written at the exit it hangs from.
     */
    TraceWriter(TraceTree tree, int budget) {
        this.trace = tree.trace();
        this.budget = budget;
        this.directExits = true;
        this.links = true;
        this.exitMethods = false;
        this.shareExits = false;
        this.tree = tree;
    }

    /** The tree written (null for a single trace's class). */
    private final TraceTree tree;
    /** Each branch of {@link #tree} (below the root), in planning order. */
    private final Map<TraceTree, Branch> branchOf = new IdentityHashMap<>();
    /** The exit point of a branch's guard or raising op (the root's are in {@link #exitOf}). */
    private final Map<Ins, ExitPoint> branchExit = new IdentityHashMap<>();
    /** While run is written: the label of a branch's exit block. */
    private final Map<Ins, Label> branchLabel = new IdentityHashMap<>();
    /**
     * A branch exit's snapshot with the slots its bridge left unchanged filled in from the exit the
     * bridge hangs from: the frame a branch never read is not the frame its exit must write, since
     * no exit before it wrote the values the trees' earlier code changed.
     */
    private final Map<ExitPoint, Snapshot> composedOf = new IdentityHashMap<>();

    /**
     * What the writer knows of a branch of the tree: the frame's slots at its entry (the composed
     * snapshot of the exit it hangs from: each a value with a local, a constant, or null for the
     * frame's own slot) and the values that exit made (boxes, virtual objects), each made once at
     * the entry into a local of its own ({@code made[i]} into {@code madeAs[i]}).
     */
    private record Branch(TraceTree tree, Ins[] env, List<Ins> made, List<Ins> madeAs, Ins[] phiValues) {}

    /** A branch's SLOT read of a value the exit it hangs from had: that value (see {@link #same}). */
    private final Map<Ins, Ins> sameValue = new IdentityHashMap<>();
    /** A value a branch's entry made into a local of its own: what it was made from. */
    private final Map<Ins, Ins> madeFrom = new IdentityHashMap<>();
    /** The root's PHIs in order (with a tree). */
    private List<Ins> phis = List.of();
    /**
     * For each of {@link #phis}, the frame slot the root's JUMP snapshot holds it in (as itself or
     * boxed), or null when some PHI carries what is in no slot (a load carried from a store): then
     * no branch goes straight to the loop head.
     */
    private int[] phiSlots;
    /** The loop head, where a calm branch's end goes with the PHIs' next values. */
    private Label loopHead;

    /** Whether exits may be linked to bridges (see {@link #linkable}). */
    private final boolean links;

    /** The exits in number order (valid after {@link #write}). */
    List<ExitPoint> exits() {
        return exits;
    }

    /** The budget exit, or null (valid after {@link #write}). */
    ExitPoint budgetExit() {
        return budgetExit;
    }

    /** The class-data constant for {@code value} in the pool of the class {@code cb} writes, typed {@code type}. */
    private java.lang.classfile.constantpool.LoadableConstantEntry constant(CodeBuilder cb, Object value, ClassDesc type) {
        return data.constant(cb.constantPool(), value, type);
    }

    /** The class data list (valid after {@link #write}). */
    List<Object> classData() {
        return data.list();
    }

    /**
     * The class file bytes of the trace class named {@code name}.
     *
     * @throws UnsupportedOperationException when the trace has something this backend cannot compile
     */
    byte[] write(ClassDesc name) {
        return write(name, true);
    }

    /**
     * {@link #write(ClassDesc)}, or with {@code stackMaps} false a class without its StackMapTable
     * attributes, which the JVM would not verify but whose methods have the same bytecode: enough to
     * measure {@code run} against HotSpot's size limit at a fraction of the cost (the stack map
     * generator's flow analysis is most of the class-file library's work on a method of many exit
     * branches, and reached C2 for unpack_sequence's refused 33 KB trace alone).
     */
    byte[] write(ClassDesc name, boolean stackMaps) {
        self = name;
        planLocals();
        planExits();
        ClassFile cf = stackMaps
                ? ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                        ClassHierarchyResolver.ofClassLoading(TraceWriter.class.getClassLoader())))
                : ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS);
        return cf.build(name, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_TRACE_CODE);
            cb.withMethodBody(ConstantDescs.INIT_NAME, INIT, ClassFile.ACC_PUBLIC, code -> code
                    .aload(0).aload(1).aload(2)
                    .invokespecial(CD_TRACE_CODE, ConstantDescs.INIT_NAME, INIT)
                    .return_());
            cb.withMethodBody("run", RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, this::run);
            java.util.Set<Integer> fields = new java.util.HashSet<>();
            for (ExitGroups.Group g : groups) {
                for (Ins v : g.values()) {
                    if (fields.add(localOf.get(v))) {
                        cb.withField(ExitGroups.field(localOf.get(v)), OpTable.jvmType(v.type), ClassFile.ACC_PRIVATE);
                    }
                }
                for (ExitPoint e : g.exits()) {
                    cb.withMethodBody(exitMethodName(e), ExitGroups.TYPE, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                            code -> exitMethod(code, g, e));
                }
            }
        });
    }

    /** One JVM local per IR value (two slots for long and double), after the fixed ones. */
    private void planLocals() {
        int next = FIRST_VALUE;
        for (Ins ins : trace.ops) {
            if (ins.type != IrType.VOID) {
                localOf.put(ins, next);
                next += ins.type == IrType.I64 || ins.type == IrType.F64 ? 2 : 1;
            }
        }
        if (tree != null) {
            planPhis();
            next = planBranches(tree, next, true);
        }
        exceptionLocal = next;
        exitLocal = next + 1;
        tempBase = next + 2;
    }

    /**
     * Plans the branches of {@code node} (root or branch, its exits already numbered): for each,
     * its entry values and locals, its ops' locals, its exits' composed snapshots; then its own
     * branches. Returns the next free local.
     *
     * @throws UnsupportedOperationException a branch this writer cannot place (not the loop's
     *         own frame, an op it cannot write inline)
     */
    private int planBranches(TraceTree node, int next, boolean calmSoFar) {
        for (Map.Entry<ExitPoint, TraceTree> b : node.branches().entrySet()) {
            ExitPoint from = b.getKey();
            TraceTree t = b.getValue();
            Snapshot entry = snapshotOf(from);
            if (entry == null || entry.inlined()) {
                throw new UnsupportedOperationException("branch from an inlined exit");
            }
            Ins[] env = entry.slots().clone();
            List<Ins> made = new ArrayList<>(), madeAs = new ArrayList<>();
            Map<Ins, Ins> as = new IdentityHashMap<>();
            for (int k = 0; k < env.length; k++) {
                Ins v = env[k];
                if (v == null || v.op == IrOp.CONST_REF || v.type == IrType.REF && localOf.containsKey(v)) {
                    continue;
                }
                Ins e = as.get(v);
                if (e == null) {
                    checkComputable(v, 0);
                    // a box or a virtual object the exit would have made: made once at the entry
                    // (one object per IR value, and an attribute read before the bridge's stores)
                    e = new Ins(IrOp.FRAME_SLOT, IrType.REF, k);
                    as.put(v, e);
                    madeFrom.put(e, v);
                    made.add(v);
                    madeAs.add(e);
                    localOf.put(e, next++);
                }
                env[k] = e;
            }
            Trace bt = t.trace();
            for (Ins ins : bt.ops) {
                switch (ins.op) {
                    case HELD_SLOT, CALL_TRACE, FRAME_SLOT, PHI ->
                            throw new UnsupportedOperationException("branch with " + ins.op);
                    default -> { }
                }
                if (ins.op == IrOp.SLOT && ins.auxInt() < env.length && env[ins.auxInt()] != null
                        && env[ins.auxInt()].op != IrOp.CONST_REF) {
                    // the slot's value is the exit's: the bridge reads it from the same local
                    localOf.put(ins, localOf.get(env[ins.auxInt()]));
                    sameValue.put(ins, env[ins.auxInt()]);
                } else if (ins.type != IrType.VOID) {
                    if (ins.op == IrOp.SLOT && ins.auxInt() < env.length && env[ins.auxInt()] != null) {
                        sameValue.put(ins, env[ins.auxInt()]);
                    }
                    localOf.put(ins, next);
                    next += ins.type == IrType.I64 || ins.type == IrType.F64 ? 2 : 1;
                }
            }
            List<ExitPoint> points = t.code().exitPoints();
            int j = 0;
            for (Ins ins : bt.ops) {
                if (ins.op.needsSnapshot()) {
                    if (j >= points.size() || points.get(j).guard != ins) {
                        throw new UnsupportedOperationException("branch exits out of step with its class");
                    }
                    ExitPoint p = points.get(j++);
                    branchExit.put(ins, p);
                    composedOf.put(p, composed(ins.snapshot, env));
                    checkSnapshot(composedOf.get(p));
                } else if (OpTable.of(ins.op) == null && !structural(ins.op)) {
                    throw new UnsupportedOperationException("no template for " + ins.op);
                }
            }
            ExitPoint end = t.code().budgetExit();
            if (end != null) {
                composedOf.put(end, composed(end.snapshot, env));
                checkSnapshot(composedOf.get(end));
            }
            for (ExitPoint p : t.branches().keySet()) {
                if (!composedOf.containsKey(p) || p.index < 0) {
                    throw new UnsupportedOperationException("branch from an exit not of its bridge");
                }
            }
            // a branch from a guard of the root's preamble grew where one of the preamble's facts
            // failed: its end cannot go on past the preamble, which would take that fact as kept
            // (a hoisted GUARD_IS of a flag argument, and the root's body run for the other value)
            boolean fromPreamble = node == tree && from.guard != null && trace.ops.indexOf(from.guard) < trace.loopIndex();
            boolean calm = calmSoFar && !fromPreamble && (calm(bt) || rootRunsPython());
            branchOf.put(t, new Branch(t, env, made, madeAs, calm && end != null ? phiValues(composedOf.get(end)) : null));
            next = planBranches(t, next, calm);
        }
        return next;
    }

    /** The root's PHIs and the slots they are written to ({@link #phiSlots}). */
    private void planPhis() {
        int loop = trace.loopIndex();
        List<Ins> found = new ArrayList<>();
        for (int p = loop + 1; p < trace.ops.size() && trace.ops.get(p).op == IrOp.PHI; p++) {
            found.add(trace.ops.get(p));
        }
        phis = found;
        Ins jump = trace.ops.get(trace.ops.size() - 1);
        if (jump.op != IrOp.JUMP || jump.snapshot == null || jump.snapshot.inlined()) {
            return;
        }
        Ins[] slots = jump.snapshot.slots();
        int[] at = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Ins phi = found.get(i);
            at[i] = -1;
            for (int k = 0; k < Math.min(slots.length, jump.snapshot.sp()); k++) {
                Ins w = slots[k];
                if (w != null && (phi.type == IrType.REF ? w == phi.arg(1) : unboxedOf(w, phi.type) == phi.arg(1))) {
                    at[i] = k;
                    break;
                }
            }
            if (at[i] < 0) {
                return;
            }
        }
        phiSlots = at;
    }

    /** The unboxed {@code type} value the box {@code w} holds, or null when it is no such box. */
    private static Ins unboxedOf(Ins w, IrType type) {
        if (w == null) {
            return null;
        }
        if (w.type == type) {
            return w;
        }
        IrOp box = switch (type) {
            case I64 -> IrOp.BOX_INT;
            case F64 -> IrOp.BOX_FLOAT;
            case BOOL -> IrOp.BOX_BOOL;
            default -> null;
        };
        return w.op == box ? w.arg(0) : null;
    }

    /**
     * Whether a bridge keeps what the root's preamble found before its loop: it runs no code and
     * stores into nothing (every op a guard, a pure op, a read), so the hoisted guards and loads,
     * which assumed a calm body or immutable properties, still hold after it.
     */
    private static boolean calm(Trace bridge) {
        for (Ins ins : bridge.ops) {
            boolean ok = ins.op.isGuard() && !ins.op.mayRaise() || ins.op.isPure() && !ins.op.mayRaise() || switch (ins.op) {
                case SLOT, CONST_I64, CONST_F64, CONST_REF, LOOP, JUMP, GETSLOT, GETMEMBER, LIST_GETITEM, CELL_GET, LEN,
                     DICT_VALUE_AT -> true;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the root's loop body calls a {@link org.taipan.interp.RunsPython} helper: every
     * iteration of the root may then run any Python code, so what the preamble found and the body
     * relies on from the loop head on (Licm hoisted only what survives any code: classes, types
     * that cannot change, pure values) holds after a branch whatever it runs or stores; only the
     * frame slots still need {@link #phiValues}' check. go's `Board.group` inner loop (its root
     * calls `liberties.add`): the branches that test `q in seen` or call `seen.add` went through
     * the frame and re-ran the preamble, ~16M times a run.
     */
    private boolean rootRunsPython() {
        for (int i = trace.loopIndex() + 1; i < trace.ops.size(); i++) {
            if (trace.ops.get(i).callsPythonHelper()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of the root's PHIs after a calm branch whose end writes {@code jump} (its composed
     * JUMP snapshot), or null when the branch must go through the frame: a PHI without a slot or
     * whose slot holds nothing the PHI's type can take without a check, or a slot no PHI carries
     * that the branch changed (the root read it once, before its loop).
     */
    private Ins[] phiValues(Snapshot jump) {
        if (phiSlots == null || jump == null) {
            return null;
        }
        Ins[] rootJump = trace.ops.get(trace.ops.size() - 1).snapshot.slots();
        Ins[] slots = jump.slots();
        Ins[] values = new Ins[phis.size()];
        boolean[] carried = new boolean[slots.length];
        for (int i = 0; i < values.length; i++) {
            int k = phiSlots[i];
            Ins v = k < slots.length ? slots[k] : null;
            if (v == null) {
                return null;
            }
            Ins phi = phis.get(i);
            values[i] = phi.type == IrType.REF ? v : unboxedOf(original(v), phi.type);
            if (values[i] == null || values[i].type != phi.type) {
                return null;
            }
            carried[k] = true;
        }
        for (int k = 0; k < Math.min(jump.sp(), Math.min(slots.length, rootJump.length)); k++) {
            if (!carried[k] && asFrame(slots[k], k) != asFrame(rootJump[k], k)) {
                return null;
            }
        }
        return values;
    }

    /** {@code v} seen through a branch's SLOT read and an entry's making: the root's or a bridge's own value. */
    private Ins original(Ins v) {
        while (v != null && sameValue.containsKey(v)) {
            v = sameValue.get(v);
        }
        return v != null && madeFrom.containsKey(v) ? madeFrom.get(v) : v;
    }

    /** {@link #original} of slot {@code k}'s value, null when that is the frame's own value of the slot. */
    private Ins asFrame(Ins v, int k) {
        Ins o = original(v);
        return o != null && o.op == IrOp.SLOT && o.auxInt() == k ? null : o;
    }


    /**
     * {@code s} (a bridge's snapshot, the loop's own frame) with each slot below its depth that
     * the bridge left unchanged taken from {@code env}, the frame at the bridge's entry.
     */
    private static Snapshot composed(Snapshot s, Ins[] env) {
        if (s == null) {
            return null;
        }
        if (s.inlined()) {
            throw new UnsupportedOperationException("branch with an inlined snapshot");
        }
        Ins[] slots = s.slots().clone();
        for (int k = 0; k < Math.min(s.sp(), Math.min(slots.length, env.length)); k++) {
            if (slots[k] == null) {
                slots[k] = env[k];
            }
        }
        return new Snapshot(s.code(), s.ip(), s.sp(), slots, null, s.function(), s.kind());
    }

    /** The snapshot {@code exit}'s block writes: a branch exit's composed one, else its own. */
    private Snapshot snapshotOf(ExitPoint exit) {
        Snapshot c = composedOf.get(exit);
        return c != null ? c : exit.snapshot;
    }

    /** The exit point of {@code ins}'s guard or raising op, the root's or a branch's. */
    private ExitPoint exitFor(Ins ins) {
        Integer k = exitOf.get(ins);
        return k != null ? exits.get(k) : branchExit.get(ins);
    }

    /** The label of {@code ins}'s exit block. */
    private Label labelFor(Ins ins) {
        Integer k = exitOf.get(ins);
        return k != null ? exitLabels.get(k) : branchLabel.get(ins);
    }

    /** Numbers the exits in trace order and checks what they need is available. */
    private void planExits() {
        Ins jump = trace.ops.get(trace.ops.size() - 1);
        if (budget > 0 && jump.snapshot != null) {
            checkSnapshot(jump.snapshot);
            budgetExit = tree != null ? tree.code().budgetExit() : new ExitPoint(-1, null, jump.snapshot, trace.entrySp);
            if (budgetExit == null) {
                throw new UnsupportedOperationException("tree root without its budget exit");
            }
        }
        List<ExitPoint> reused = tree != null ? tree.code().exitPoints() : null;
        for (Ins ins : trace.ops) {
            if (ins.op.needsSnapshot()) {
                checkSnapshot(ins.snapshot);
                ExitPoint e = reused == null ? new ExitPoint(exits.size(), ins, ins.snapshot, trace.entrySp, linkable(ins))
                        : exits.size() < reused.size() && reused.get(exits.size()).guard == ins ? reused.get(exits.size()) : null;
                if (e == null) {
                    throw new UnsupportedOperationException("tree root's exits out of step with its class");
                }
                exitOf.put(ins, exits.size());
                exits.add(e);
            } else if (OpTable.of(ins.op) == null && !structural(ins.op)) {
                throw new UnsupportedOperationException("no template for " + ins.op);
            }
        }
        if (exitMethods) {
            Map<Ins, Integer> at = new IdentityHashMap<>();
            for (int n = 0; n < trace.ops.size(); n++) {
                Ins ins = trace.ops.get(n);
                at.put(ins, ins.op == IrOp.PHI ? trace.loopIndex() : n);
            }
            java.util.function.ToIntFunction<Object> pos = o -> o instanceof ExitPoint e
                    ? (e.guard == null ? trace.ops.size() - 1 : at.get(e.guard)) : at.get((Ins) o);
            groups = new ArrayList<>(ExitGroups.plan(
                    exits.stream().filter(e -> e.guard.op != IrOp.CALL_TRACE).toList(), localOf, pos));
            if (budgetExit != null) {
                groups.addAll(ExitGroups.plan(List.of(budgetExit), localOf, pos));
            }
            for (ExitGroups.Group g : groups) {
                for (ExitPoint e : g.exits()) {
                    groupOf.put(e, g);
                }
            }
        }
    }

    /**
     * Whether the exit of {@code ins} calls its linked bridge ({@link ExitPoint#linked}): a
     * guard's exit (in the loop's own frame, or into inlined frames, whose values the exit holds
     * for the bridge, {@link ExitPoint#heldValues}) of a trace whose run can go on from its top (it
     * has a budget exit, which bounds the iterations linked bridges finish too). Not linked: a
     * raising op's exit (the exception is unwound first), exits that never grow a bridge (an
     * invalidated assumption, a generator's yield, an inner loop's trace that left).
     */
    private boolean linkable(Ins ins) {
        return links && budgetExit != null && ins.op.isGuard()
                && ins.op != IrOp.CALL_TRACE && ins.op != IrOp.GUARD_YIELD && ins.op != IrOp.GUARD_NOT_INVALIDATED;
    }

    private static boolean structural(IrOp op) {
        return switch (op) {
            case SLOT, HELD_SLOT, CONST_I64, CONST_F64, CONST_REF, LOOP, PHI, JUMP, CALL_HELPER, RESIDUAL, NEW_TUPLE, CALL_TRACE, FRAME_SLOT -> true;
            default -> false;
        };
    }

    private void checkSnapshot(Snapshot s) {
        if (s == null) {
            throw new UnsupportedOperationException("guard without a snapshot");
        }
        for (Snapshot c = s; c != null; c = c.parent()) {
            if (c.parent() != null && c.function() == null) {
                throw new UnsupportedOperationException("inlined snapshot without its function");
            }
            for (Ins v : c.slots()) {
                if (v != null) {
                    checkComputable(v, 0);
                }
            }
        }
    }

    /** A snapshot value is either an IR value of the trace or a pure op (a virtual box) over such values. */
    private void checkComputable(Ins v, int depth) {
        if (localOf.containsKey(v) || v.op == IrOp.SLOT || v.op == IrOp.CONST_I64 || v.op == IrOp.CONST_F64
                || v.op == IrOp.CONST_REF) {
            return;
        }
        if (depth > 8 || !v.op.isPure() || v.op.isGuard() || v.op == IrOp.PHI
                || (OpTable.of(v.op) == null && v.op != IrOp.NEW_TUPLE && v.op != IrOp.VIRTUAL_INSTANCE)) {
            throw new UnsupportedOperationException("exit value not computable: " + v.op);
        }
        for (Ins a : v.args) {
            checkComputable(a, depth + 1);
        }
    }

    private void run(CodeBuilder cb) {
        // The class-file library runs this again, on a new builder, when a branch offset of its
        // first try did not fit in 16 bits (a run over 32 KB): labels of the first are not valid there.
        exitLabels.clear();
        for (int i = 0; i < exits.size(); i++) {
            exitLabels.add(cb.newLabel());
        }
        Label budgetLabel = cb.newLabel();
        loopHead = cb.newLabel();
        Label restart = cb.newLabel(), linkedTail = cb.newLabel();
        cb.iconst_0().istore(ITERATIONS);
        if (exitMethods) {
            for (ExitGroups.Group g : groups) {
                groupLabels.put(g, cb.newLabel());
            }
            cb.aconst_null().astore(exceptionLocal);
        }
        cb.labelBinding(restart);
        cb.aload(2).getfield(CD_FRAME, "fast", CD_PYOBJECT_ARRAY).astore(FAST);
        List<Ins> ops = trace.ops;
        for (int n = 0; n < ops.size(); n++) {
            Ins ins = ops.get(n);
            switch (ins.op) {
                case SLOT -> {
                    cb.aload(FAST).ldc(ins.auxInt()).aaload();
                    store(cb, ins);
                }
                case HELD_SLOT -> {
                    heldSlot(cb, ins);
                    store(cb, ins);
                }
                case CONST_I64, CONST_F64, CONST_REF -> {
                    loadConstant(cb, ins);
                    store(cb, ins);
                }
                case LOOP -> {
                    // Operand 0 of every PHI is a preamble value: plain sequential copies.
                    for (int p = n + 1; p < ops.size() && ops.get(p).op == IrOp.PHI; p++) {
                        load(cb, ops.get(p).arg(0));
                        store(cb, ops.get(p));
                    }
                    cb.labelBinding(loopHead);
                }
                case PHI -> { }
                case JUMP -> {
                    cb.iinc(ITERATIONS, 1);
                    if (budgetExit != null) {
                        cb.iload(ITERATIONS).ldc(budget).if_icmpge(budgetLabel);
                    }
                    parallelCopy(cb, n);
                    cb.goto_(loopHead);
                }
                case CALL_HELPER, RESIDUAL -> callHelper(cb, ins);
                case CALL_TRACE -> callTrace(cb, ins);
                case FRAME_SLOT -> {
                    cb.aload(FAST).ldc(ins.auxInt()).aaload();
                    store(cb, ins);
                }
                case NEW_TUPLE -> {
                    newTuple(cb, ins);
                    store(cb, ins);
                }
                default -> op(cb, ins);
            }
        }
        SharedExits shared = shareExits ? new SharedExits(exits, e -> shareable(e)) : null;
        for (int k = 0; k < exits.size(); k++) {
            if (shared != null && shared.isShared(exits.get(k))) {
                cb.labelBinding(exitLabels.get(k));
                cb.ldc(k).istore(exitLocal);
                Label block = shared.blockOf(exits.get(k));
                if (block != null) {
                    cb.goto_(block);
                    continue;
                }
                cb.labelBinding(shared.newBlock(cb, exits.get(k)));
                sharedExit = true;
                leave(cb, exits.get(k), false);
                if (exits.get(k).linkable) {
                    linkedBridge(cb, exits.get(k), linkedTail);
                } else {
                    cb.iload(exitLocal).ireturn();
                }
                sharedExit = false;
                continue;
            }
            if (exitMethods && exits.get(k).guard.op != IrOp.CALL_TRACE) {
                if (ExitGroups.guardPath(exits.get(k))) {
                    cb.labelBinding(exitLabels.get(k));
                    toGroup(cb, exits.get(k));
                }
                continue;
            }
            cb.labelBinding(exitLabels.get(k));
            TraceTree branch = tree == null ? null : tree.branches().get(exits.get(k));
            if (branch != null) {
                branch(cb, exits.get(k), branchOf.get(branch), linkedTail);
                continue;
            }
            if (exits.get(k).guard.op == IrOp.CALL_TRACE) {
                // the inner trace left the frame where tier 1 goes on: not written again
                storeIterations(cb);
            } else {
                leave(cb, exits.get(k), false);
                if (exits.get(k).linkable) {
                    linkedBridge(cb, exits.get(k), linkedTail);
                    continue;
                }
            }
            cb.ldc(k).ireturn();
        }
        for (ExitGroups.Group g : groups) {
            callGroup(cb, g, linkedTail);
        }
        if (exits.stream().anyMatch(e -> e.linkable) || !branchOf.isEmpty()) {
            linkedTail(cb, linkedTail, restart);
        }
        if (budgetExit != null && exitMethods) {
            cb.labelBinding(budgetLabel);
            cb.goto_(groupLabels.get(groupOf.get(budgetExit)));
        } else if (budgetExit != null) {
            cb.labelBinding(budgetLabel);
            leave(cb, budgetExit, false);
            cb.iconst_m1().ireturn();
        }
    }

    /**
     * A branch of the tree at its exit's label: the values that exit would have made, made into
     * their locals; the bridge's ops, its SLOTs read from the entry's values (or from the frame, for
     * a slot no code before it changed); at its JUMP the frame written from the composed snapshot
     * and -1 to the shared tail (the iteration counted, the run going on from its top, as after a
     * linked bridge); then the bridge's exit blocks, each its own branch or a composed frame write
     * followed by {@link ExitPoint#mergedExit}.
     */
    private void branch(CodeBuilder cb, ExitPoint from, Branch b, Label linkedTail) {
        if (from.onHop != null) {
            cb.ldc(constant(cb, from, CD_EXIT_POINT));
            cb.invokestatic(CD_EXIT_POINT, "hopped", MethodTypeDesc.of(CD_void, CD_EXIT_POINT));
        }
        exitObjects = new IdentityHashMap<>();
        exitObjectBase = tempBase;
        for (int i = 0; i < b.made().size(); i++) {
            boxed(cb, b.made().get(i));
            cb.astore(localOf.get(b.madeAs().get(i)));
        }
        exitObjects = null;
        Trace bt = b.tree().trace();
        for (Ins ins : bt.ops) {
            if (ins.op.needsSnapshot()) {
                branchLabel.put(ins, cb.newLabel());
            }
        }
        for (Ins ins : bt.ops) {
            switch (ins.op) {
                case SLOT -> {
                    int k = ins.auxInt();
                    Ins v = k < b.env().length ? b.env()[k] : null;
                    if (v == null) {
                        cb.aload(FAST).ldc(k).aaload();
                        store(cb, ins);
                    } else if (v.op == IrOp.CONST_REF) {
                        loadConstant(cb, v);
                        store(cb, ins);
                    }
                }
                case CONST_I64, CONST_F64, CONST_REF -> {
                    loadConstant(cb, ins);
                    store(cb, ins);
                }
                case LOOP -> { }
                case JUMP -> {
                    ExitPoint end = b.tree().code().budgetExit();
                    if (end == null) {
                        // a bridge closed by an always-failing guard (GUARD_YIELD, GUARD_SPLIT) never gets here
                        cb.aconst_null().athrow();
                    } else if (b.phiValues() != null) {
                        toLoopHead(cb, b, end);
                    } else {
                        storeFrame(cb, end);
                        cb.aload(2).ldc(constant(cb, end, CD_EXIT_POINT));
                        cb.invokestatic(CD_SIDE_EXITS, "left", LEFT);
                        cb.iconst_m1().goto_(linkedTail);
                    }
                }
                case CALL_HELPER, RESIDUAL -> callHelper(cb, ins);
                case NEW_TUPLE -> {
                    newTuple(cb, ins);
                    store(cb, ins);
                }
                default -> op(cb, ins);
            }
        }
        for (Ins ins : bt.ops) {
            if (!ins.op.needsSnapshot()) {
                continue;
            }
            ExitPoint e = branchExit.get(ins);
            cb.labelBinding(branchLabel.get(ins));
            TraceTree sub = b.tree().branches().get(e);
            if (sub != null) {
                branch(cb, e, branchOf.get(sub), linkedTail);
                continue;
            }
            leave(cb, e, false);
            cb.ldc(constant(cb, e, CD_EXIT_POINT)).aload(1).aload(2);
            cb.invokestatic(CD_EXIT_POINT, "mergedExit", LINKED);
            cb.goto_(linkedTail);
        }
    }

    /**
     * The end of a calm branch ({@link Branch#phiValues}): the iteration counted and, while the
     * budget lasts, the root's PHIs given their next values (boxed where the PHI is a reference, one
     * object per value) and the loop head taken, past the preamble, whose facts the branch kept;
     * once it is spent, the frame written from the composed JUMP snapshot and -1 returned.
     */
    private void toLoopHead(CodeBuilder cb, Branch b, ExitPoint end) {
        Label spent = cb.newLabel();
        cb.iinc(ITERATIONS, 1);
        cb.iload(ITERATIONS).ldc(budget).if_icmpge(spent);
        exitObjects = new IdentityHashMap<>();
        exitObjectBase = tempBase;
        Ins[] values = b.phiValues();
        for (int i = 0; i < values.length; i++) {
            if (phis.get(i).type == IrType.REF) {
                boxed(cb, values[i]);
            } else {
                load(cb, values[i]);
            }
        }
        exitObjects = null;
        for (int i = values.length - 1; i >= 0; i--) {
            store(cb, phis.get(i));
        }
        cb.goto_(loopHead);
        cb.labelBinding(spent);
        storeIterations(cb);
        storeFrame(cb, end);
        cb.aload(2).ldc(constant(cb, end, CD_EXIT_POINT));
        cb.invokestatic(CD_SIDE_EXITS, "left", LEFT);
        cb.iconst_m1().ireturn();
    }

    /**
     * An exit's way from run into its method: the group's values computed after its guard zeroed
     * (see {@link ExitGroups}), its number, then its group's call.
     */
    private void toGroup(CodeBuilder cb, ExitPoint exit) {
        ExitGroups.Group g = groupOf.get(exit);
        for (Ins v : g.zeroed().get(exit)) {
            switch (v.type) {
                case I64 -> cb.lconst_0();
                case F64 -> cb.dconst_0();
                case BOOL -> cb.iconst_0();
                default -> cb.aconst_null();
            }
            store(cb, v);
        }
        if (g.exits().size() > 1) {
            cb.ldc(exit.index).istore(exitLocal);
        }
        cb.goto_(groupLabels.get(g));
    }

    /**
     * A group's call: the iteration count and the group's values stored into the object's fields,
     * the method of the exit numbered in {@link #exitLocal} called (one switch over the group's
     * exits, the arguments already on the stack), and its answer returned as an inline exit
     * block's would be: the budget exit's -1 as is, a linkable exit's through the shared tail.
     */
    private void callGroup(CodeBuilder cb, ExitGroups.Group g, Label linkedTail) {
        cb.labelBinding(groupLabels.get(g));
        storeIterations(cb);
        for (Ins v : g.values()) {
            cb.aload(0);
            load(cb, v);
            cb.putfield(self, ExitGroups.field(localOf.get(v)), OpTable.jvmType(v.type));
        }
        cb.aload(0).aload(1).aload(2).aload(FAST).aload(exceptionLocal);
        List<ExitPoint> members = g.exits();
        if (members.size() == 1) {
            cb.invokespecial(self, exitMethodName(members.get(0)), ExitGroups.TYPE);
        } else {
            Label done = cb.newLabel();
            List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
            List<Label> targets = new ArrayList<>();
            for (ExitPoint e : members) {
                Label l = cb.newLabel();
                targets.add(l);
                cases.add(java.lang.classfile.instruction.SwitchCase.of(e.index, l));
            }
            cb.iload(exitLocal);
            cb.tableswitch(members.get(0).index, members.get(members.size() - 1).index,
                    targets.get(targets.size() - 1), cases);
            for (int j = 0; j < members.size(); j++) {
                cb.labelBinding(targets.get(j));
                cb.invokespecial(self, exitMethodName(members.get(j)), ExitGroups.TYPE);
                if (j < members.size() - 1) {
                    cb.goto_(done);
                }
            }
            cb.labelBinding(done);
        }
        if (members.stream().anyMatch(e -> e.linkable)) {
            cb.goto_(linkedTail);
        } else {
            cb.ireturn();
        }
    }

    private static String exitMethodName(ExitPoint e) {
        return e.index < 0 ? "leaveAtHeader" : "leave" + e.index;
    }

    /**
     * An exit method ({@link ExitGroups}): the values it needs read from the fields run stored
     * them in (the group's reference fields then cleared), then the exit block as {@code run} would hold it, over those locals; a failed
     * guard's path and a raised exception's path (the exception in {@link ExitGroups#RAISED},
     * null for a guard), as the op has them.
     */
    private void exitMethod(CodeBuilder cb, ExitGroups.Group g, ExitPoint e) {
        Map<Ins, Integer> runLocals = localOf;
        int runException = exceptionLocal, runTemps = tempBase;
        Map<Ins, Integer> mine = new IdentityHashMap<>();
        int next = ExitGroups.FIRST_VALUE;
        for (Ins v : ExitGroups.needs(e, runLocals)) {
            cb.aload(0).getfield(self, ExitGroups.field(runLocals.get(v)), OpTable.jvmType(v.type));
            cb.storeLocal(kind(v.type), next);
            mine.put(v, next);
            next += ExitGroups.size(v);
        }
        // the trace object must not keep the group's objects alive (a __del__ or a weakref
        // callback would run late): every reference field run stored is cleared
        for (Ins v : g.values()) {
            if (kind(v.type) == TypeKind.REFERENCE) {
                cb.aload(0).aconst_null().putfield(self, ExitGroups.field(runLocals.get(v)), OpTable.jvmType(v.type));
            }
        }
        localOf = mine;
        exceptionLocal = ExitGroups.RAISED;
        tempBase = next;
        iterationsStored = true;
        try {
            boolean guard = ExitGroups.guardPath(e), raised = ExitGroups.raisedPath(e);
            Label raisedLabel = cb.newLabel();
            if (guard && raised) {
                cb.aload(ExitGroups.RAISED).ifnonnull(raisedLabel);
            }
            if (guard) {
                leave(cb, e, false);
                if (e.linkable) {
                    cb.ldc(constant(cb, e, CD_EXIT_POINT)).aload(1).aload(2);
                    cb.invokestatic(CD_EXIT_POINT, "linked", LINKED);
                    cb.ireturn();
                } else {
                    cb.ldc(e.index).ireturn();
                }
            }
            if (raised) {
                cb.labelBinding(raisedLabel);
                leave(cb, e, true);
                if (e.inlined()) {
                    cb.ldc(e.index).ireturn();
                } else {
                    cb.aload(ExitGroups.RAISED).athrow();
                }
            }
        } finally {
            localOf = runLocals;
            exceptionLocal = runException;
            tempBase = runTemps;
            iterationsStored = false;
        }
    }

    /**
     * After an exit block wrote the frame: calls the exit's linked bridge ({@link ExitPoint#linked})
     * and goes to {@code linkedTail} with its answer on the stack (a few bytes per exit: the tail
     * is shared).
     */
    private void linkedBridge(CodeBuilder cb, ExitPoint exit, Label linkedTail) {
        exitPoint(cb, exit);
        cb.aload(1).aload(2);
        cb.invokestatic(CD_EXIT_POINT, "linked", LINKED);
        cb.goto_(linkedTail);
    }

    /**
     * The exit blocks' shared tail after a link's answer: the exit's own number (unlinked) or
     * {@link org.taipan.jit.CompiledTrace#LINKED} (the bridge left through an exit) is returned;
     * -1, a bridge that finished the iteration with the frame at the loop header as the JUMP's
     * snapshot writes it, counts the iteration and the run goes on from its top ({@code restart}:
     * the slots read again and the preamble re-run, as a new entry would; the bridge may have
     * changed what the preamble hoisted), or returns -1 when the budget is spent. Exceptions the
     * bridge raises pass through (it wrote the frame at the raising instruction).
     */
    private void linkedTail(CodeBuilder cb, Label linkedTail, Label restart) {
        Label ret = cb.newLabel(), spent = cb.newLabel();
        cb.labelBinding(linkedTail);
        cb.dup().iconst_m1().if_icmpne(ret);
        cb.pop();
        cb.iinc(ITERATIONS, 1);
        cb.iload(ITERATIONS).ldc(budget).if_icmpge(spent);
        cb.goto_(restart);
        cb.labelBinding(spent);
        storeIterations(cb);
        cb.iconst_m1().ireturn();
        cb.labelBinding(ret);
        cb.ireturn();
    }

    /** JUMP: every PHI takes its operand 1, all read before any is written (a PHI may feed another). */
    private void parallelCopy(CodeBuilder cb, int jumpIndex) {
        List<Ins> phis = new ArrayList<>();
        for (int p = trace.loopIndex() + 1; p < jumpIndex && trace.ops.get(p).op == IrOp.PHI; p++) {
            phis.add(trace.ops.get(p));
        }
        for (Ins phi : phis) {
            load(cb, phi.arg(1));
        }
        for (int p = phis.size() - 1; p >= 0; p--) {
            store(cb, phis.get(p));
        }
    }

    /** An op of the table: operands, aux, template; a guard branches to its exit when its test is false. */
    private void op(CodeBuilder cb, Ins ins) {
        OpTable.Entry e = OpTable.of(ins.op);
        Label start = cb.newLabel(), end = cb.newLabel();
        cb.labelBinding(start);
        emit(cb, ins, e);
        cb.labelBinding(end);
        if (ins.op.isGuard()) {
            cb.ifeq(labelFor(ins));
        } else if (ins.type != IrType.VOID) {
            store(cb, ins);
        }
        if (ins.op.mayRaise()) {
            catchInto(cb, ins, start, end);
        }
    }

    /** The operands, the aux argument and the template of {@code ins}, leaving its result on the stack. */
    private void emit(CodeBuilder cb, Ins ins, OpTable.Entry e) {
        for (Ins a : ins.args) {
            load(cb, a);
        }
        switch (e.aux()) {
            case CONST -> cb.ldc(constant(cb, ins.aux, CD_Object));
            case INT -> cb.ldc(ins.auxInt());
            case NONE -> { }
        }
        e.code().accept(cb);
    }

    /**
     * CALL_HELPER: {@code aux} is a {@link MethodHandle} (a class data constant, invoked with the
     * operands' JVM types) or a public static {@link Method} (called directly, with run's
     * {@code ts} first when its first parameter is a {@link ThreadState}); the result, a
     * reference, goes in the instruction's local.
     */
    private void callHelper(CodeBuilder cb, Ins ins) {
        List<ClassDesc> params = new ArrayList<>();
        for (Ins a : ins.args) {
            params.add(OpTable.jvmType(a.type));
        }
        Label start = cb.newLabel(), end = cb.newLabel();
        if (ins.aux instanceof MethodHandle mh) {
            cb.ldc(constant(cb, mh, CD_MethodHandle));
            for (Ins a : ins.args) {
                load(cb, a);
            }
            cb.labelBinding(start);
            cb.invokevirtual(CD_MethodHandle, "invoke", MethodTypeDesc.of(CD_Object, params));
            cb.labelBinding(end);
        } else if (ins.aux instanceof Method m && Modifier.isStatic(m.getModifiers())
                && Modifier.isPublic(m.getModifiers()) && Modifier.isPublic(m.getDeclaringClass().getModifiers())
                && !m.getReturnType().isPrimitive() && m.getParameterCount() == ins.args.length + (takesThread(m) ? 1 : 0)) {
            boolean real = realFrames(ins);
            if (real) {
                // the inlined callers made real around the call (RealFrames), from the values its exit would pass
                cb.aload(1).aload(2).ldc(constant(cb, exitFor(ins), CD_EXIT_POINT));
                exitValues(cb, exitFor(ins));
                cb.invokestatic(CD_REAL_FRAMES, "push", PUSH_FRAMES);
            } else if (ins.callsPythonHelper()) {
                Ins at = ins;
                writeLocals(cb, branchExit.containsKey(at) ? snapshotOf(branchExit.get(at)) : ins.snapshot);
            }
            if (takesThread(m)) {
                cb.aload(1);
            }
            for (Ins a : ins.args) {
                load(cb, a);
            }
            MethodTypeDesc type = MethodTypeDesc.ofDescriptor(
                    java.lang.invoke.MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString());
            cb.labelBinding(start);
            cb.invokestatic(desc(m.getDeclaringClass()), m.getName(), type, m.getDeclaringClass().isInterface());
            cb.labelBinding(end);
            store(cb, ins);
            if (real) {
                cb.aload(1).ldc(ins.snapshot.depth() - 1).invokestatic(CD_REAL_FRAMES, "pop", POP_FRAMES);
            }
            catchInto(cb, ins, start, end);
            return;
        } else {
            throw new UnsupportedOperationException("CALL_HELPER target is not a method handle or public static method");
        }
        store(cb, ins);
        catchInto(cb, ins, start, end);
    }

    /** Whether the helper {@code m} takes the running thread's state before its operands: the trace passes its own {@code ts}. */
    private static boolean takesThread(Method m) {
        return m.getParameterCount() > 0 && m.getParameterTypes()[0] == ThreadState.class;
    }

    /** Whether {@code ins} runs with the inlined frames of its snapshot made real ({@link org.taipan.jit.exit.RealFrames}). */
    private static boolean realFrames(Ins ins) {
        return org.taipan.jit.exit.RealFrames.around(ins);
    }

    /**
     * Before a helper that runs Python code ({@link org.taipan.interp.RunsPython}): the local
     * variables of the trace's own frame that the trace changed (the non-null slots of the call's
     * snapshot below {@code nlocalsplus}), boxed into {@code f.fast}, so Python code looking at the
     * frame sees them. Stack entries are not written (tier 1 expects nulls above its depth); nothing
     * is written for a snapshot inside inlined calls (such helpers are not called there). An exit
     * later rewrites the same slots: every later snapshot of the iteration holds them.
     */
    private void writeLocals(CodeBuilder cb, Snapshot s) {
        if (s == null || s.parent() != null || s.code() != trace.code) {
            return;
        }
        Ins[] slots = s.slots();
        int n = Math.min(slots.length, trace.code.nlocalsplus);
        for (int k = 0; k < n; k++) {
            Ins v = slots[k];
            if (v != null) {
                cb.aload(FAST).ldc(k);
                boxed(cb, v);
                cb.checkcast(CD_PYOBJECT).aastore();
            }
        }
    }

    /**
     * A MAY_RAISE instruction: an exception thrown between {@code start} and {@code end} leaves
     * through the instruction's exit (the frame written at the raising instruction), then is
     * rethrown for the caller to unwind in tier 1.
     */
    private void catchInto(CodeBuilder cb, Ins ins, Label start, Label end) {
        Label handler = cb.newLabel(), after = cb.newLabel();
        cb.goto_(after);
        cb.labelBinding(handler);
        cb.astore(exceptionLocal);
        ExitPoint exit = exitFor(ins);
        if (realFrames(ins)) {
            // the helper raised under the frames RealFrames pushed: the exit unwinds it through them
            cb.aload(1).ldc(constant(cb, exit, CD_EXIT_POINT)).invokestatic(CD_REAL_FRAMES, "popRaised", POP_RAISED);
        }
        if (exitMethods) {
            toGroup(cb, exit);
            cb.labelBinding(after);
            cb.exceptionCatch(start, end, handler, CD_Throwable);
            return;
        }
        leave(cb, exit, true);
        if (exit.inlined()) {
            // the inlined calls handled it (or InlinedExits.leave threw it at the loop frame's CALL)
            cb.ldc(exit.index).ireturn();
        } else {
            cb.aload(exceptionLocal).athrow();
        }
        cb.labelBinding(after);
        cb.exceptionCatch(start, end, handler, CD_Throwable);
    }

    /**
     * The exit block's body: the iteration count stored, the snapshot chain's values boxed into
     * an array, then {@link SideExits#leave} (one frame) or {@link InlinedExits#leave} (inlined
     * frames re-created and their calls finished; with the caught exception when {@code raised}).
     */
    private void leave(CodeBuilder cb, ExitPoint exit, boolean raised) {
        storeIterations(cb);
        if (directExits && !exit.inlined()) {
            storeFrame(cb, exit);
            cb.aload(2);
            exitPoint(cb, exit);
            cb.invokestatic(CD_SIDE_EXITS, "left", LEFT);
            return;
        }
        if (exit.inlined()) {
            cb.aload(1);
        }
        cb.aload(2);
        exitPoint(cb, exit);
        exitValues(cb, exit);
        if (exit.inlined()) {
            if (raised) {
                cb.aload(exceptionLocal);
            } else {
                cb.aconst_null();
            }
            cb.invokestatic(CD_INLINED_EXITS, "leave", LEAVE_INLINED);
        } else {
            cb.invokestatic(CD_SIDE_EXITS, "leave", LEAVE);
        }
    }

    /** Pushes {@code exit}: a class-data constant, or in a shared exit block the exit numbered in {@link #exitLocal}. */
    private void exitPoint(CodeBuilder cb, ExitPoint exit) {
        if (sharedExit) {
            cb.aload(0).iload(exitLocal).invokevirtual(CD_TRACE_CODE, "exitPoint", EXIT_POINT_AT);
        } else {
            cb.ldc(constant(cb, exit, CD_EXIT_POINT));
        }
    }

    /**
     * Whether {@code exit} may share its exit block with other exits of the same snapshot: a
     * guard's (not a raising operation's, whose handler leaves with the exception, nor a
     * CALL_TRACE's), whose block does nothing its exit point does not tell at run time.
     */
    private static boolean shareable(ExitPoint exit) {
        IrOp op = exit.guard.op;
        return op.isGuard() && !op.mayRaise() && op != IrOp.CALL_TRACE && op != IrOp.GUARD_YIELD;
    }

    private void storeIterations(CodeBuilder cb) {
        if (iterationsStored) {
            return;
        }
        cb.aload(0).iload(ITERATIONS).putfield(CD_TRACE_CODE, "lastIterations", CD_int);
    }

    /**
     * CALL_TRACE: the frame written from the instruction's snapshot as an exit writes it (directly,
     * or by {@link InnerLoops#run} from an array in the compact form), then the inner loop's trace
     * runs; false goes to the instruction's exit block,
     * which returns its number without touching the frame. An exception the inner loop raised
     * comes out with the frame written at the raising instruction: it is only passed on.
     */
    private void callTrace(CodeBuilder cb, Ins ins) {
        ExitPoint exit = exitFor(ins);
        Label start = cb.newLabel(), end = cb.newLabel(), handler = cb.newLabel(), after = cb.newLabel();
        boolean direct = directExits && !exit.inlined();
        if (direct) {
            // the slots stored here, as a direct exit block stores them: walking the snapshot at run
            // time (SideExits.flush) was 12% of go's steady state, a CALL_TRACE per outer iteration
            storeFrame(cb, exit);
        }
        cb.aload(1).aload(2).ldc(constant(cb, exit, CD_EXIT_POINT));
        if (!direct) {
            exitValues(cb, exit);
        }
        cb.ldc(constant(cb, ins.aux, CD_Object));
        cb.labelBinding(start);
        if (direct) {
            cb.invokestatic(CD_INNER_LOOPS, "runWritten", RUN_INNER_WRITTEN);
        } else {
            cb.invokestatic(CD_INNER_LOOPS, "run", RUN_INNER);
        }
        cb.labelBinding(end);
        cb.ifeq(labelFor(ins));
        cb.goto_(after);
        cb.labelBinding(handler);
        cb.astore(exceptionLocal);
        storeIterations(cb);
        cb.aload(exceptionLocal).athrow();
        cb.labelBinding(after);
        cb.exceptionCatch(start, end, handler, CD_Throwable);
    }

    /**
     * Writes the slots of {@code exit}'s snapshot (one frame) into {@code f.fast} as
     * {@link SideExits#leave} would: every value first made into a temporary local (a value may be
     * recomputed from a slot of the frame, which must not be overwritten before it is read: a swap),
     * then each non-null slot stored, a constant straight from the class data.
     */
    private void storeFrame(CodeBuilder cb, ExitPoint exit) {
        Ins[] slots = snapshotOf(exit).slots();
        int n = 0;
        for (Ins v : slots) {
            if (ExitPoint.passed(v)) {
                n++;
            }
        }
        int base = tempBase;
        // boxed()'s temporaries go above the n slot temporaries: a virtual's attributes and items
        // are made objects too, so there can be more of them than n (seed 10038 overwrote a slot's)
        exitObjects = new IdentityHashMap<>();
        exitObjectBase = tempBase + n;
        int j = 0;
        for (Ins v : slots) {
            if (ExitPoint.passed(v)) {
                boxed(cb, v);
                cb.astore(base + j++);
            }
        }
        exitObjects = null;
        j = 0;
        for (int k = 0; k < slots.length; k++) {
            Ins v = slots[k];
            if (v == null) {
                continue;
            }
            cb.aload(FAST).ldc(k);
            if (ExitPoint.passed(v)) {
                cb.aload(base + j++);
            } else {
                cb.ldc(constant(cb, v.aux, CD_Object));
            }
            cb.checkcast(CD_PYOBJECT).aastore();
        }
    }

    /** Pushes a new array of the boxed values of {@code exit}'s snapshot chain ({@link ExitPoint#passed} slots, in order). */
    private void exitValues(CodeBuilder cb, ExitPoint exit) {
        cb.ldc(exit.valueCount()).anewarray(CD_Object);
        // One object per IR value: two slots holding one value get the same box (x = y = 10**6),
        // also across the frames of an inlined chain, and a virtual tuple named twice is one tuple.
        exitObjects = new IdentityHashMap<>();
        exitObjectBase = tempBase;
        int j = 0;
        for (Snapshot s = exit.snapshot; s != null; s = s.parent()) {
            for (Ins v : s.slots()) {
                if (ExitPoint.passed(v)) {
                    cb.dup().ldc(j++);
                    boxed(cb, v);
                    cb.aastore();
                }
            }
        }
        exitObjects = null;
    }

    /**
     * {@code v} as a Python object: boxed when unboxed, computed when the optimizer kept it
     * virtual. In an exit block ({@link #exitObjects} set) each boxed or computed value is made
     * once and kept in a temporary local for its other uses (one object per IR value).
     */
    private void boxed(CodeBuilder cb, Ins v) {
        boolean made = v.type != IrType.REF || (!localOf.containsKey(v) && v.op != IrOp.SLOT && v.op != IrOp.CONST_REF);
        if (made && exitObjects != null) {
            Integer temp = exitObjects.get(v);
            if (temp != null) {
                cb.aload(temp);
                return;
            }
        }
        value(cb, v);
        switch (v.type) {
            case I64 -> cb.invokestatic(OpTable.TEMPLATES, "boxInt", MethodTypeDesc.of(CD_Object, OpTable.jvmType(IrType.I64)));
            case F64 -> cb.invokestatic(OpTable.TEMPLATES, "boxFloat", MethodTypeDesc.of(CD_Object, OpTable.jvmType(IrType.F64)));
            case BOOL -> cb.invokestatic(OpTable.TEMPLATES, "boxBool", MethodTypeDesc.of(CD_Object, OpTable.jvmType(IrType.BOOL)));
            default -> { }
        }
        if (made && exitObjects != null) {
            int temp = exitObjectBase + exitObjects.size();
            exitObjects.put(v, temp);
            cb.dup().astore(temp);
        }
    }

    /**
     * NEW_TUPLE: a fresh {@code PyObject[]} of the items (each boxed or materialized as needed:
     * a virtual tuple's items may be unboxed values or virtual objects), then the tuple.
     */
    private void newTuple(CodeBuilder cb, Ins t) {
        cb.ldc(t.args.length).anewarray(CD_PYOBJECT);
        for (int k = 0; k < t.args.length; k++) {
            cb.dup().ldc(k);
            boxed(cb, t.args[k]);
            cb.checkcast(CD_PYOBJECT).aastore();
        }
        cb.invokestatic(OpTable.TEMPLATES, "newTuple", MethodTypeDesc.of(CD_Object, CD_PYOBJECT_ARRAY));
    }

    /**
     * VIRTUAL_INSTANCE: the values as objects (each boxed or materialized once per exit, so a float
     * the frame also names is the attribute's object), then the instance built from its layout.
     */
    private void newInstance(CodeBuilder cb, Ins v) {
        cb.ldc(constant(cb, v.aux, CD_Object));
        cb.ldc(v.args.length).anewarray(CD_Object);
        for (int k = 0; k < v.args.length; k++) {
            cb.dup().ldc(k);
            boxed(cb, v.args[k]);
            cb.aastore();
        }
        cb.invokestatic(OpTable.TEMPLATES, "virtualInstance", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object.arrayType()));
    }

    /** Pushes {@code v}: from its local, or recomputed (a slot, a constant, a virtual value's pure op). */
    private void value(CodeBuilder cb, Ins v) {
        if (localOf.containsKey(v)) {
            load(cb, v);
            return;
        }
        switch (v.op) {
            case SLOT -> cb.aload(FAST).ldc(v.auxInt()).aaload();
            case HELD_SLOT -> heldSlot(cb, v);
            case CONST_I64 -> cb.ldc((Long) v.aux);
            case CONST_F64 -> cb.ldc((Double) v.aux);
            case CONST_REF -> cb.ldc(constant(cb, v.aux, CD_Object));
            case NEW_TUPLE -> newTuple(cb, v);
            case VIRTUAL_INSTANCE -> newInstance(cb, v);
            default -> {
                OpTable.Entry e = OpTable.of(v.op);
                for (Ins a : v.args) {
                    value(cb, a);
                }
                switch (e.aux()) {
                    case CONST -> cb.ldc(constant(cb, v.aux, CD_Object));
                    case INT -> cb.ldc(v.auxInt());
                    case NONE -> { }
                }
                e.code().accept(cb);
            }
        }
    }

    /** HELD_SLOT: the entry value a bridge reads from the values its exit held ({@link InlinedExits#heldSlot}). */
    /** Pushes a CONST_I64, CONST_F64 or CONST_REF's value (a reference from the class data). */
    private void loadConstant(CodeBuilder cb, Ins c) {
        switch (c.op) {
            case CONST_I64 -> cb.ldc((Long) c.aux);
            case CONST_F64 -> cb.ldc((Double) c.aux);
            default -> cb.ldc(constant(cb, c.aux, CD_Object));
        }
    }

    private void heldSlot(CodeBuilder cb, Ins v) {
        HeldSlot h = (HeldSlot) v.aux;
        cb.ldc(constant(cb, h.exit(), CD_EXIT_POINT)).ldc(h.index());
        cb.invokestatic(CD_INLINED_EXITS, "heldSlot", HELD_SLOT);
    }

    private void load(CodeBuilder cb, Ins v) {
        Integer slot = localOf.get(v);
        if (slot == null) {
            value(cb, v);
            return;
        }
        cb.loadLocal(kind(v.type), slot);
    }

    private void store(CodeBuilder cb, Ins v) {
        cb.storeLocal(kind(v.type), localOf.get(v));
    }

    private static TypeKind kind(IrType t) {
        return switch (t) {
            case I64 -> TypeKind.LONG;
            case F64 -> TypeKind.DOUBLE;
            case BOOL -> TypeKind.INT;
            case REF -> TypeKind.REFERENCE;
            case VOID -> throw new IllegalArgumentException("no local for a VOID value");
        };
    }

    private static ClassDesc desc(Class<?> c) {
        return ClassDesc.of(c.getName());
    }
}
