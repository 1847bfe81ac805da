package org.taipan.runtime;

import java.lang.invoke.SwitchPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python type, CPython's {@code PyTypeObject}. The special methods are resolved into the slot
 * fields below (CPython's names) so that operations on objects never look up a dictionary;
 * {@link SlotDefs} keeps the slots and the type's {@code __dict__} in agreement, for builtin
 * types (whose dict gets wrappers of the slots) and user classes (whose slots call the dunder
 * methods). Builtin types are immutable and shared by all interpreters.
 */
public final class PyType extends PyObject implements HasDict {
    // ---- slots ----
    public Slots.Unary tp_repr, tp_str, tp_iter;
    public Slots.Hash tp_hash;
    public Slots.RichCompare tp_richcompare;
    public Slots.GetAttr tp_getattro;
    public Slots.SetAttr tp_setattro;
    public Slots.Call tp_call;
    public Slots.IterNext tp_iternext;
    public Slots.DescrGet tp_descr_get;
    public Slots.DescrSet tp_descr_set;
    public Slots.New tp_new;
    public Slots.Init tp_init;
    /** {@code __del__} (CPython's {@code tp_finalize}); non-null makes new instances finalizable. */
    public Slots.Unary tp_finalize;

    public Slots.Binary nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod, nb_power, nb_lshift, nb_rshift,
            nb_and, nb_xor, nb_or, nb_floor_divide, nb_true_divide, nb_matrix_multiply;
    public Slots.Binary nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder,
            nb_inplace_power, nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or,
            nb_inplace_floor_divide, nb_inplace_true_divide, nb_inplace_matrix_multiply;
    public Slots.Unary nb_negative, nb_positive, nb_absolute, nb_invert, nb_int, nb_float, nb_index;
    public Slots.Bool nb_bool;

    public Slots.Length mp_length;
    public Slots.Binary mp_subscript;
    public Slots.SetItem mp_ass_subscript;
    public Slots.Contains sq_contains;
    /** Sequence concatenation and repetition, tried after the numeric slots as CPython's {@code PyNumber_Add} does. */
    public Slots.Binary sq_concat, sq_repeat;

    // ---- type data ----
    private String name;
    private String qualname;
    /** A class's {@code __name__} and {@code __qualname__} as str objects, made on first read (null for builtin types). */
    private PyStr nameObject, qualnameObject;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    /**
     * True while a metaclass's {@code mro()} makes this new class's first MRO: {@code __mro__} is
     * then None and the class cannot be subclassed, as in CPython where {@code tp_mro} is still
     * NULL (lookups meanwhile use the C3 order, which Java code needs).
     */
    private boolean readying;
    // Created on first use, so that making object and type does not need dict to exist yet.
    private PyDict dict;
    private final boolean heapType;
    private final PyType metatype;
    /** Source of version tags; shared by interpreters, as tags only need to be distinct. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_VERSION =
            new java.util.concurrent.atomic.AtomicInteger(1);
    /**
     * Set by {@link #ready()} on a builtin type: from then on the type is shared by every interpreter
     * in the JVM and read by their threads without locks (a {@link PyDict} is not thread-safe), so its
     * dict and version never change again (see {@link #checkNotShared}).
     */
    private boolean complete;
    /** Moves when a builtin type's dict changes (only while builtin types are being set up). */
    private static volatile int builtinEpoch;
    /**
     * Not volatile: a heap type is changed and read only under its interpreter's GIL, whose hand-over
     * orders the accesses, and a shared builtin type's tag never changes after {@link #ready()}. Every
     * inline-cache hit of tier 1 reads it, and a volatile read there kept C2 from reusing loads across it.
     */
    private int versionTag = NEXT_VERSION.getAndIncrement();
    /**
     * The Java class every instance of which is of exactly this type and no other ({@code PyList}
     * for list: a Python subclass's instances are another Java class), or null when there is
     * none. Lets an inline cache recognize a builtin receiver by its Java class, without asking
     * {@link PyObject#type()}, a call whose receivers at a shared site are of every kind.
     */
    private Class<? extends PyObject> instanceClass;
    /** Invalidated switch points after which {@link #versionSwitchPoint} hands out no more. */
    public static final int MAX_VERSION_INVALIDATIONS = 3;
    /** The switch point of the current version tag, when the JIT asked for one (else null). */
    private SwitchPoint versionSwitch;
    private int versionInvalidations;
    private TypeLookupCache lookupCache;
    /** The empty shape that new instances of this type start from. */
    private final Shape rootShape = Shape.newRoot();
    /** Whether instances of this type carry a {@code __dict__}. */
    boolean instancesHaveDict;
    /**
     * The slot names this class's own {@code __slots__} added when it was made, mangled and sorted
     * (not {@code __dict__} or {@code __weakref__}; CPython's {@code ht_slots}): later rebinding
     * {@code __slots__} changes nothing.
     */
    private List<String> ownSlots = List.of();
    /**
     * How many {@code __slots__} members an instance of this class holds: its layout base's and its
     * own (CPython's member offsets past the base's {@code tp_basicsize}). A member's index in
     * {@link PyInstance}'s member array is fixed when its class is made.
     */
    private int memberCount;
    /**
     * Whether this class was made without {@code __slots__}, with {@code __weakref__} among them, or
     * with another base than its primary one having weak references: then it has weak references,
     * added by it unless its primary base already has them.
     */
    private boolean weakrefRequested;
    /**
     * Whether a Java module declared that instances of this builtin type have weak references
     * (CPython: a {@code tp_weaklistoffset}); see {@code Weakrefable}. A flag on the type, not a
     * static set of types: a module's types may belong to one interpreter, which a static set
     * would keep alive.
     */
    private volatile boolean weakrefsDeclared;
    /** Whether user code may subclass this type (CPython's {@code Py_TPFLAGS_BASETYPE}). */
    boolean baseType = true;
    /**
     * CPython's {@code Py_TPFLAGS_IS_ABSTRACT}: set while the type's own {@code __abstractmethods__}
     * is true, and then {@code object.__new__} refuses to instantiate it. Not inherited.
     */
    private boolean isAbstract;
    /**
     * Direct subclasses, weakly held as CPython's {@code tp_subclasses}, in creation order: of a
     * user class, all of them; of a builtin type (shared by every interpreter in the JVM), its
     * builtin subclasses only, its user subclasses being kept by their own interpreter
     * ({@link UserSubclasses}).
     */
    private java.util.List<java.lang.ref.WeakReference<PyType>> subclasses;

    private PyType(PyType metatype, String name, PyType base, PyType[] bases, boolean heapType) {
        this.metatype = metatype;
        this.name = name;
        // A builtin type of another module is named "module.Name" (tp_name, used in messages),
        // its __name__ and __qualname__ are the last part.
        this.qualname = heapType ? name : name.substring(name.lastIndexOf('.') + 1);
        this.base = base;
        this.bases = bases;
        this.heapType = heapType;
        if (base != null) {
            inheritSlots(base);
        }
    }

    // The bootstrap order matters: object's and type's slots are plain lambdas set before any
    // other type is made, so that every builtin type created later inherits complete slots.
    public static final PyType OBJECT = new PyType(null, "object", null, new PyType[0], false);
    public static final PyType TYPE = new PyType(null, "type", OBJECT, new PyType[] {OBJECT}, false);

    static {
        OBJECT.mro = new PyType[] {OBJECT};
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        OBJECT.addSubclass(TYPE);
        ObjectSlots.install(OBJECT);
        // type was made before object had slots: it inherits them now (identity hash, rich
        // comparison, ...), then sets its own.
        TYPE.inheritSlots(OBJECT);
        TypeSlots.install(TYPE);
        // The attributes first: ready() completes a type (nothing may be added after it); a slot
        // wrapper is not made for a name already in the dict.
        ObjectSlots.addAttributes(OBJECT);
        TypeSlots.addAttributes(TYPE);
        OBJECT.ready();
        TYPE.ready();
    }

    /**
     * A new builtin type with a single base; the caller sets its own slots and then calls
     * {@link #ready()}.
     */
    public static PyType builtin(String name, PyType base) {
        PyType t = new PyType(null, name, base, new PyType[] {base}, false);
        t.mro = computeSimpleMro(t);
        base.addSubclass(t);
        return t;
    }

    /** Like {@link #builtin} for a type that user code cannot subclass ({@code bool}, {@code NoneType}, ...). */
    public static PyType builtinFinal(String name, PyType base) {
        PyType t = builtin(name, base);
        t.baseType = false;
        return t;
    }

    /**
     * A builtin type with one layout base but an MRO the caller gives, not subclassable: a Java class
     * seen from Python ({@code org.taipan.javainterop}), whose Java superclasses and interfaces are
     * all in its MRO so that {@code isinstance} and {@code except} match any of them. The caller sets
     * the slots and calls {@link #ready()}.
     *
     * @param mroAfterSelf the MRO without the new type itself, ending with {@code object}'s
     */
    public static PyType builtinWithMro(String name, PyType base, PyType[] mroAfterSelf) {
        PyType t = new PyType(null, name, base, new PyType[] {base}, false);
        PyType[] mro = new PyType[mroAfterSelf.length + 1];
        mro[0] = t;
        System.arraycopy(mroAfterSelf, 0, mro, 1, mroAfterSelf.length);
        t.mro = mro;
        t.baseType = false;
        return t;
    }

    /**
     * A user class ({@code class C(B): ...}), CPython's {@code type_new}: computes the MRO
     * (C3), copies the namespace into the type's dict and resolves the slots.
     *
     * @throws PyException TypeError for an unsubclassable base or an inconsistent MRO
     */
    public static PyType newHeapType(PyType metatype, String name, PyType[] bases, PyDict namespace) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        refuseDuplicates(bases);
        for (PyType b : bases) {
            if (b.readying) {
                throw Errors.typeError("Cannot extend an incomplete type '%s'", b.name);
            }
            if (!b.baseType) {
                throw Errors.typeError("type '%s' is not an acceptable base type", b.name);
            }
        }
        checkLayouts(bases);
        PyType best = bestBase(bases);
        SlotsDeclaration slots = SlotsDeclaration.read(name, namespace, best, bases);
        PyType t = new PyType(metatype == TYPE ? null : metatype, name, best, bases, true);
        t.mro = Mro.compute(t, bases);
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        if (PyDict.mergesDirectly(namespace)) {
            for (int i = 0; i < namespace.size(); i++) {
                t.dict().setItem(namespace.keyAt(i), namespace.valueAt(i));
            }
        } else {
            // CPython's PyDict_Copy of the namespace: an OrderedDict (or another dict subclass
            // with its own __iter__) gives its entries in its own order (bpo-34320)
            DictSlots.update(t.dict(), namespace);
        }
        PyObject qn = t.dict().getItem(PyStr.of("__qualname__"));
        if (qn instanceof PyStr s) {
            t.qualname = s.toString();
            t.qualnameObject = null;
            t.dict().delItem(PyStr.of("__qualname__"));
        } else if (qn != null) {
            throw Errors.typeError("type __qualname__ must be a str, not %s", qn.type().name());
        }
        if (t.dict().getItem(PyStr.of("__doc__")) instanceof PyStr doc) {
            // CPython's type_new_set_doc keeps a UTF-8 copy: a lone surrogate cannot have one
            Utf8Codec.encode(doc, "strict", new java.io.ByteArrayOutputStream());
        }
        // CPython's type_new_set_classcell: the class body's __class__ cell gets the new class
        // here, before __set_name__ and __init_subclass__ run (they may call super())
        PyObject classCell = t.dict().getItem(PyStr.of("__classcell__"));
        if (classCell != null) {
            if (!(classCell instanceof PyCell cell)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not %s", Abstract.repr(classCell.type()));
            }
            cell.value = t;
            t.dict().delItem(PyStr.of("__classcell__"));
        }
        if (t.dict().getItem(PyStr.of("__module__")) == null) {
            ThreadState ts = ThreadState.currentOrNull();
            PyObject mod = ts == null || ts.frame == null ? null : ts.frame.globals.getItem(PyStr.of("__name__"));
            if (mod != null) {
                t.dict().setItem(PyStr.of("__module__"), mod);
            }
        }
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.dict().getItem(PyStr.of(implicit));
            if (f instanceof PyFunction) {
                t.dict().setItem(PyStr.of(implicit), new PyClassMethod(f));
            }
        }
        PyObject newFn = t.dict().getItem(PyStr.of("__new__"));
        if (newFn instanceof PyFunction) {
            t.dict().setItem(PyStr.of("__new__"), new PyStaticMethod(newFn));
        }
        t.instancesHaveDict = true;
        t.weakrefRequested = true;
        if (slots != null) {
            t.ownSlots = slots.members();
            addMembers(t, best);
            t.instancesHaveDict = slots.addDict() || hasInstanceDict(best);
            t.weakrefRequested = slots.addWeakref();
        } else if (best.heapType) {
            t.memberCount = best.memberCount;
        }
        addImplicitClassAttributes(t, best);
        // CPython: a class that defines __eq__ but not __hash__ becomes unhashable.
        if (t.dict().getItem(PyStr.of("__eq__")) != null && t.dict().getItem(PyStr.of("__hash__")) == null) {
            t.dict().setItem(PyStr.of("__hash__"), PyNone.NONE);
        }
        // PyType_Ready's mro_internal runs once the namespace is in place: a metaclass's mro()
        // may read the class's dict (and its __class__ cell is set by now)
        t.readying = true;
        PyType[] custom;
        try {
            custom = t.customMro();
        } finally {
            t.readying = false;
        }
        if (custom != null) {
            t.mro = custom;
        }
        t.modified();
        SlotDefs.updateAll(t);
        return t;
    }

    /** Whether a metaclass's {@code mro()} is making this new class's first MRO ({@code __mro__} is None). */
    public boolean isReadying() {
        return readying;
    }

    /** The C3 order of this type over its current bases ({@code type.mro()}; a builtin's own MRO). */
    PyType[] defaultMro() {
        return heapType ? Mro.compute(this, bases) : mro;
    }

    /**
     * The MRO a new or re-based class gets (CPython's {@code mro_internal}): its metaclass's
     * {@code mro()} when that is not {@code type.mro}, checked, else C3.
     */
    private PyType[] resolveMro() {
        PyType[] custom = customMro();
        return custom != null ? custom : Mro.compute(this, bases);
    }

    /** The result of an overridden metaclass {@code mro()}, checked ({@link Mro#checkCustom}), or null. */
    private PyType[] customMro() {
        PyType meta = type();
        if (meta == TYPE) {
            return null;
        }
        PyObject f = meta.lookup("mro");
        if (f == null || f == TypeSlots.MRO) {
            return null;
        }
        return Mro.checkCustom(this, Callables.callMethod(f, this, new PyObject[0], null));
    }

    /**
     * What CPython's {@code type_new} puts in a new class's dict: {@code __doc__} (None when the
     * body has no docstring), and the {@code __dict__} and {@code __weakref__} descriptors when the
     * class gives its instances a dict or weak references its primary base does not, unless its
     * body bound the name (CPython adds them with {@code PyDict_SetDefault}).
     */
    private static void addImplicitClassAttributes(PyType t, PyType best) {
        PyDict d = t.dict();
        // A metaclass inherits type's own __dict__ (classes have their namespace there), as type's
        // tp_dictoffset is set in CPython: no generic instance __dict__ descriptor may shadow it.
        if (t.instancesHaveDict && !hasInstanceDict(best) && d.getItem(PyStr.of("__dict__")) == null) {
            d.setItem(PyStr.of("__dict__"), ObjectSlots.instanceDict(t).withDoc("dictionary for instance variables"));
        }
        if (t.addsWeaklist() && d.getItem(PyStr.of("__weakref__")) == null) {
            d.setItem(PyStr.of("__weakref__"), new PyGetSetDescr(t, "__weakref__",
                    org.taipan.modules.weakref.WeakrefModule::firstWeakref, null)
                    .withDoc("list of weak references to the object"));
        }
        // Last, as PyType_Ready adds it after the descriptors: the dict's order shows it.
        if (d.getItem(PyStr.of("__doc__")) == null) {
            d.setItem(PyStr.of("__doc__"), PyNone.NONE);
        }
    }

    /**
     * Adds the member descriptors of {@code t}'s own {@code __slots__} (sorted by
     * {@link SlotsDeclaration}), indexed in that order after those of the base whose layout it
     * extends, as CPython's {@code type_new} assigns offsets: so two classes whose slots differ only
     * in order lay their members out alike, which is what lets {@code __class__} move between them.
     */
    private static void addMembers(PyType t, PyType best) {
        int base = best.heapType ? best.memberCount : 0;
        for (int k = 0; k < t.ownSlots.size(); k++) {
            PyStr member = PyStr.of(t.ownSlots.get(k));
            // PyType_Ready's add_members: a name already in the dict keeps its value (__module__
            // set from the caller's globals; a repeated name's first member), though the member
            // still has its index
            if (t.dict().getItem(member) == null) {
                t.dict().setItem(member, new PyMemberDescr(t, member, base + k));
            }
        }
        t.memberCount = base + t.ownSlots.size();
    }

    /** How many {@code __slots__} members instances of this class hold, inherited ones included. */
    public int memberCount() {
        return memberCount;
    }

    /**
     * Whether the builtin type under {@code best} gives its instances a {@code __dict__} of their
     * own (a {@code tp_dictoffset}: module, partial, SimpleNamespace, io objects...): a subclass then
     * has one whatever its {@code __slots__} say, and adds no {@code __dict__} descriptor.
     */
    private static boolean builtinHasDict(PyType best) {
        return best.solidBase().lookup(PyStr.of("__dict__")) != null;
    }

    /**
     * Whether instances of {@code t} have a {@code __dict__} (CPython's {@code tp_dictoffset} is not
     * 0): then a subclass cannot add one, nor {@code "__dict__"} in its {@code __slots__}.
     */
    static boolean hasInstanceDict(PyType t) {
        return t.instancesHaveDict || builtinHasDict(t) || t.isSubtypeOf(TYPE);
    }

    /**
     * Whether instances of this type have a list of weak references (CPython's
     * {@code tp_weaklistoffset} is not 0): a class made without {@code __slots__} or with
     * {@code __weakref__} in them on a fixed-size base, or one inheriting such a list.
     */
    boolean hasWeaklist() {
        if (heapType) {
            return addsWeaklist() || base.hasWeaklist();
        }
        return org.taipan.modules.weakref.Weakrefable.builtinHasWeakrefs(solidBase())
                || lookup(PyStr.of("__weakref__")) != null;
    }

    /**
     * Whether this heap class gives its instances the list of weak references its primary base's
     * lack (CPython's {@code add_weak}): it asked for one, and its base is of fixed size.
     */
    boolean addsWeaklist() {
        return heapType && weakrefRequested && !isVarSized() && !base.hasWeaklist();
    }

    /** Builtin types whose instances have a layout of their own (CPython's {@code solid_base} stops at them). */
    private static final String[] LAYOUT_ROOTS = {"int", "float", "complex", "str", "bytes", "bytearray", "list",
        "tuple", "dict", "set", "frozenset", "type", "BaseException", "range", "slice", "property", "super",
        "staticmethod", "classmethod", "module", "function"};

    /** Set by {@link #markOwnLayout()}: instances are a Java class of their own (a module's builtin type). */
    private boolean ownLayout;

    /**
     * Declares that this builtin type's instances have a layout of their own, as a C type with its
     * own struct has in CPython (_io.StringIO, ...): a class cannot then inherit from it and from
     * another such type ("multiple bases have instance lay-out conflict").
     */
    public PyType markOwnLayout() {
        ownLayout = true;
        return this;
    }

    /**
     * Declares that this builtin type's instances carry a {@code __dict__} (a C type with a
     * {@code tp_dictoffset}, as OrderedDict): their attributes are pickled and copied with them.
     * The instances implement {@link HasDict}.
     */
    public PyType markInstanceDict() {
        instancesHaveDict = true;
        return this;
    }

    /**
     * Declares this builtin type one that CPython makes with {@code PyType_FromSpec} (a heap type
     * of an extension module: functools.partial, re.Pattern): its dict holds the module of its name
     * as {@code __module__}, where CPython's static types (collections.deque) have none and name
     * their module by tp_name alone.
     */
    public PyType markFromSpec() {
        return addAttr("__module__", internedName(name.substring(0, name.lastIndexOf('.'))));
    }

    /** {@code Py_TPFLAGS_SEQUENCE}: a {@code match} sequence pattern matches the instances. */
    public static final int SEQUENCE = 1 << 5;
    /** {@code Py_TPFLAGS_MAPPING}: a {@code match} mapping pattern matches the instances. */
    public static final int MAPPING = 1 << 6;

    /** SEQUENCE, MAPPING or 0 set on this type, or -1 to take the primary base's (inherit_patma_flags). */
    private volatile int collectionFlags = -1;

    /**
     * Declares {@code c} the Java class of this builtin type's exact instances ({@link
     * #instanceClass}): {@code c.type()} must return this type for every instance of {@code c}.
     *
     * @return this type
     */
    PyType instancesOf(Class<? extends PyObject> c) {
        instanceClass = c;
        return this;
    }

    /** The Java class whose instances are all of exactly this type, or null (see {@link #instancesOf}). */
    public Class<? extends PyObject> instanceClass() {
        return instanceClass;
    }

    /**
     * Sets this type's {@link #SEQUENCE}/{@link #MAPPING} flag: builtin collections at creation,
     * {@code _abc} for {@code __abc_tpflags__} and {@code register} on a Sequence or Mapping ABC.
     *
     * @return this type
     */
    public PyType markCollection(int flags) {
        collectionFlags = flags & (SEQUENCE | MAPPING);
        return this;
    }

    /**
     * The type's {@link #SEQUENCE}/{@link #MAPPING} flag: its own, else that of the first class of its
     * MRO that has one (CPython's {@code inherit_patma_flags} runs along the MRO, so
     * {@code class M(C, UserDict, Sequence)} is a mapping), or 0.
     */
    public int collectionFlags() {
        if (collectionFlags > 0) {
            return collectionFlags;
        }
        PyType[] order = mro;
        if (order == null) {
            return base == null ? 0 : base.collectionFlags();
        }
        for (PyType t : order) {
            int f = t.collectionFlags;
            if (f > 0) {
                return f;
            }
        }
        return 0;
    }

    /**
     * The builtin ancestor that decides the instance layout: a layout root, or object; for an
     * exception class, the builtin class whose fields it has ({@link ExceptionLayout}), so that
     * {@code class E(ImportError, AttributeError)} is a lay-out conflict as in CPython.
     */
    private PyType layoutRoot() {
        for (PyType c = this; c.heapType; c = c.base) {
            if (!c.ownSlots.isEmpty()) {
                return c;
            }
        }
        PyType s = solidBase();
        if (s.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyType defining = ExceptionLayout.of(this).definingType();
            return defining != null ? defining : ExceptionTypes.BaseException;
        }
        for (PyType c = s; c != null; c = c.base) {
            if (!c.heapType && (c.ownLayout || java.util.Arrays.asList(LAYOUT_ROOTS).contains(c.name))) {
                return c;
            }
        }
        return OBJECT;
    }

    /** CPython's {@code best_base} check: the bases' layouts must lie on one line of inheritance. */
    private static void checkLayouts(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = b.layoutRoot();
            if (winner == null || candidate.isSubtypeOf(winner)) {
                winner = candidate;
            } else if (!winner.isSubtypeOf(candidate)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    // The lock guards against a class shared by exec'd code on another thread.
    synchronized void addSubclass(PyType sub) {
        if (!heapType && sub.heapType) {
            UserSubclasses.add(this, sub);
            return;
        }
        if (subclasses == null) {
            subclasses = new java.util.ArrayList<>();
        }
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    private synchronized void removeSubclass(PyType sub) {
        if (!heapType && sub.heapType) {
            UserSubclasses.remove(this, sub);
            return;
        }
        if (subclasses != null) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    /** {@code type.__subclasses__()}: the live direct subclasses, oldest first. */
    public synchronized java.util.List<PyType> subclasses() {
        java.util.List<PyType> out = new java.util.ArrayList<>();
        if (subclasses != null) {
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        if (!heapType) {
            UserSubclasses.addTo(out, this);
        }
        return out;
    }

    /** TypeError "duplicate base class X" when a class appears twice among {@code bases} (CPython's {@code check_duplicates}). */
    private static void refuseDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class %s", bases[i].name());
                }
            }
        }
    }

    /**
     * {@code C.__bases__ = (...)} on a user class: new bases, a new MRO and re-resolved slots.
     *
     * @throws PyException TypeError as CPython's {@code type_set_bases} for a builtin type, a non-tuple,
     *         an empty tuple, a non-class item, an inheritance cycle, bases whose instance layout
     *         differs from the old base's ({@link ClassAssignment#checkBases}), or an inconsistent MRO
     */
    void setBasesFromPython(PyObject value) {
        if (!heapType) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '%s'", name);
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '%s'", name);
        }
        if (!(value instanceof PyTuple t)) {
            throw Errors.typeError("can only assign tuple to %s.__bases__, not %s", name, value.type().name());
        }
        if (t.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", name);
        }
        PyType[] nb = new PyType[t.size()];
        for (int i = 0; i < nb.length; i++) {
            if (!(t.get(i) instanceof PyType b)) {
                throw Errors.typeError("%s.__bases__ must be tuple of classes, not '%s'", name, t.get(i).type().name());
            }
            if (b.isSubtypeOf(this)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            nb[i] = b;
        }
        PyType newBase = ClassAssignment.checkBases(this, nb);
        refuseDuplicates(nb);
        PyType[] oldBases = bases, oldMro = mro;
        PyType[] newMro;
        // a metaclass's mro() sees the new bases, as after CPython's type_set_bases stores them
        bases = nb;
        try {
            newMro = resolveMro();
        } catch (PyException e) {
            if (bases == nb) {
                bases = oldBases;
            }
            throw e;
        }
        if (bases != nb) {
            // type_set_bases: the mro() call assigned __bases__ itself (reentrance); that inner
            // assignment is complete and stands, this one takes no action
            return;
        }
        bases = oldBases;
        PyType oldBase = base;
        for (PyType b : bases) {
            b.removeSubclass(this);
        }
        base = newBase;
        setBasesAndMro(nb, newMro);
        for (PyType b : nb) {
            b.addSubclass(this);
        }
        SlotDefs.updateAll(this);
        try {
            recomputeSubclassMros();
        } catch (PyException e) {
            // As CPython's type_set_bases: a subclass whose MRO cannot follow undoes the assignment.
            for (PyType b : nb) {
                b.removeSubclass(this);
            }
            base = oldBase;
            setBasesAndMro(oldBases, oldMro);
            for (PyType b : oldBases) {
                b.addSubclass(this);
            }
            SlotDefs.updateAll(this);
            recomputeSubclassMros();
            throw e;
        }
    }

    /** Recomputes the MRO of every live subclass, depth first, after this type's MRO changed (CPython's mro_hierarchy). */
    private void recomputeSubclassMros() {
        for (PyType sub : subclasses()) {
            sub.setBasesAndMro(sub.bases, sub.resolveMro());
            SlotDefs.updateAll(sub);
            sub.recomputeSubclassMros();
        }
    }

    private static PyType bestBase(PyType[] bases) {
        // The base whose instance layout the new type extends: a non-object builtin base wins, and
        // of several, one whose layout extends the others' (CPython's best_base: OSError over
        // ValueError in class E(ValueError, OSError)).
        // A class with __slots__ is a layout of its own, as in CPython (C(P, A) with A slotted extends A).
        PyType best = null;
        for (PyType b : bases) {
            if (best == null) {
                best = b;
            } else {
                PyType root = b.layoutRoot(), bestRoot = best.layoutRoot();
                if (root != bestRoot && root.isSubtypeOf(bestRoot)
                        || root == bestRoot && best.solidBase() == OBJECT && b.solidBase() != OBJECT) {
                    best = b;
                }
            }
        }
        return best;
    }

    /** The nearest builtin ancestor: it decides the Java class of instances. */
    public PyType solidBase() {
        PyType t = this;
        while (t.heapType) {
            t = t.base;
        }
        return t;
    }

    private static PyType[] computeSimpleMro(PyType t) {
        List<PyType> l = new ArrayList<>();
        for (PyType c = t; c != null; c = c.base) {
            l.add(c);
        }
        return l.toArray(new PyType[0]);
    }

    private void inheritSlots(PyType b) {
        tp_repr = b.tp_repr; tp_str = b.tp_str; tp_iter = b.tp_iter; tp_hash = b.tp_hash;
        tp_richcompare = b.tp_richcompare; tp_getattro = b.tp_getattro; tp_setattro = b.tp_setattro;
        tp_call = b.tp_call; tp_iternext = b.tp_iternext; tp_descr_get = b.tp_descr_get;
        tp_descr_set = b.tp_descr_set; tp_new = b.tp_new; tp_init = b.tp_init; tp_finalize = b.tp_finalize;
        nb_add = b.nb_add; nb_subtract = b.nb_subtract; nb_multiply = b.nb_multiply; nb_remainder = b.nb_remainder;
        nb_divmod = b.nb_divmod; nb_power = b.nb_power; nb_lshift = b.nb_lshift; nb_rshift = b.nb_rshift;
        nb_and = b.nb_and; nb_xor = b.nb_xor; nb_or = b.nb_or; nb_floor_divide = b.nb_floor_divide;
        nb_true_divide = b.nb_true_divide; nb_matrix_multiply = b.nb_matrix_multiply;
        nb_inplace_add = b.nb_inplace_add; nb_inplace_subtract = b.nb_inplace_subtract;
        nb_inplace_multiply = b.nb_inplace_multiply; nb_inplace_remainder = b.nb_inplace_remainder;
        nb_inplace_power = b.nb_inplace_power; nb_inplace_lshift = b.nb_inplace_lshift;
        nb_inplace_rshift = b.nb_inplace_rshift; nb_inplace_and = b.nb_inplace_and;
        nb_inplace_xor = b.nb_inplace_xor; nb_inplace_or = b.nb_inplace_or;
        nb_inplace_floor_divide = b.nb_inplace_floor_divide; nb_inplace_true_divide = b.nb_inplace_true_divide;
        nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
        nb_negative = b.nb_negative; nb_positive = b.nb_positive; nb_absolute = b.nb_absolute;
        nb_invert = b.nb_invert; nb_int = b.nb_int; nb_float = b.nb_float; nb_index = b.nb_index; nb_bool = b.nb_bool;
        mp_length = b.mp_length; mp_subscript = b.mp_subscript; mp_ass_subscript = b.mp_ass_subscript;
        sq_contains = b.sq_contains; sq_concat = b.sq_concat; sq_repeat = b.sq_repeat;
        instancesHaveDict = b.instancesHaveDict;
    }

    /**
     * Finishes a builtin type: exposes its slots as {@code __dunder__} wrappers in its dict. After
     * this the type is complete: every interpreter may use it, and nothing may add to it.
     *
     * @throws IllegalStateException when the builtin type was already complete
     */
    public PyType ready() {
        checkNotShared();
        SlotDefs.exposeSlots(this);
        if (!heapType && dict().getItem(PyStr.of("__doc__")) == null) {
            // PyType_Ready: every static type's dict has a __doc__ (None without a docstring), so
            // an instance never finds object's docstring through the MRO; the text itself is read
            // from the docstring table when first asked for (BuiltinTypeDoc)
            dict().setItem(PyStr.of("__doc__"), new BuiltinTypeDoc(this));
        }
        modified();
        complete = !heapType;
        return this;
    }

    /**
     * Refuses to change a complete builtin type. Such a type is published to every interpreter of
     * the JVM (the test harness runs programs in parallel threads, an embedding host may create
     * several interpreters), whose threads read its dict without locks: a write could leave a
     * reader with a half-appended entry, or make its read compact the dict under another reader
     * (CPython fills a static type's dict once, in {@code PyType_Ready}). Builtin types are set up
     * in the class initializer that creates them, which the JVM runs once, before any other thread
     * sees the type.
     *
     * @throws IllegalStateException when this is a complete builtin type
     */
    private void checkNotShared() {
        if (complete) {
            throw new IllegalStateException("builtin type '" + name
                    + "' is complete and shared by all interpreters: set it up before ready()");
        }
    }

    /** Adds a method implemented in Java to this builtin type's dict (before {@link #ready()}). */
    public PyType addMethod(String name, PyMethodDescr.Impl impl) {
        checkNotShared();
        dict().setItem(PyStr.of(name), new PyMethodDescr(this, name, impl));
        modified();
        return this;
    }

    /**
     * Adds a method that takes no arguments (CPython's {@code METH_NOARGS}): called with any, it
     * raises TypeError "dict.keys() takes no arguments (1 given)" (or "... takes no keyword
     * arguments"), naming this type as CPython names the method's owner.
     *
     * @param body the method, given {@code self}
     */
    public PyType addMethodNoArgs(String name, PyMethodDescr.NoArgs body) {
        String qualified = shortName() + "." + name;
        PyMethodDescr d = new PyMethodDescr(this, name, (self, a, k) -> {
            Args.noArgs(qualified, a, k);
            return body.call(self);
        });
        return addAttr(name, d.withNoArgs(body));
    }

    /**
     * Adds a method that takes exactly one positional argument (CPython's {@code METH_O}): called
     * otherwise, it raises TypeError "list.count() takes exactly one argument (0 given)".
     *
     * @param body the method, given {@code self} and the argument
     */
    public PyType addMethodOneArg(String name, PyMethodDescr.OneArg body) {
        String qualified = shortName() + "." + name;
        PyMethodDescr d = new PyMethodDescr(this, name, (self, a, k) -> body.call(self, Args.oneArg(qualified, a, k)));
        return addAttr(name, d.withOneArg(body));
    }

    /**
     * This builtin type's own method descriptor {@code name} (to give it array-free bodies with
     * {@link PyMethodDescr#withOneArg} and friends while the type is built).
     *
     * @throws IllegalStateException when the type's dict has no method descriptor of that name
     */
    public PyMethodDescr ownMethod(String name) {
        if (dict().getItem(PyStr.of(name)) instanceof PyMethodDescr d) {
            return d;
        }
        throw new IllegalStateException(this.name + " has no method descriptor " + name);
    }

    /**
     * Adds a dunder that CPython exposes as a slot wrapper taking one argument
     * ({@code list.__add__}): its argument errors are the wrapper's ("expected 1 argument, got 0").
     */
    public PyType addWrapperOneArg(String name, java.util.function.BinaryOperator<PyObject> body) {
        return addAttr(name, PyMethodDescr.slotWrapper(this, name, (self, a, k) -> {
            Args.wrapper(name, a, k, 1);
            return body.apply(self, a[0]);
        }));
    }

    /** Adds any attribute (a descriptor, a constant) to this builtin type's dict (before {@link #ready()}). */
    public PyType addAttr(String name, PyObject value) {
        checkNotShared();
        dict().setItem(PyStr.of(name), value);
        modified();
        return this;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /**
     * CPython's {@code tp_name}, as error messages show it: {@code __name__} for classes and most
     * builtin types, {@code "module.Name"} for builtin types of other modules
     * ({@code types.SimpleNamespace}, {@code collections.deque}).
     */
    public String name() {
        return name;
    }

    /** {@code __name__}: {@link #name()} without a builtin type's module prefix. */
    public String shortName() {
        return heapType ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    public String qualname() {
        return qualname;
    }

    void setName(String name) {
        this.name = name;
        this.nameObject = null;
    }

    void setQualname(String qualname) {
        this.qualname = qualname;
        this.qualnameObject = null;
    }

    /**
     * {@code __name__} as a str: a class returns the same object on every read, as CPython's
     * {@code ht_name} (inspect.classify_class_attrs finds where an attribute lives by identity);
     * a builtin type a new one, which must not be written after {@code ready()}.
     */
    PyStr nameAttribute() {
        if (!heapType) {
            return PyStr.of(shortName());
        }
        PyStr s = nameObject;
        if (s == null) {
            nameObject = s = PyStr.of(name);
        }
        return s;
    }

    /** {@code __qualname__} as a str, the same object on every read of a class (CPython's {@code ht_qualname}). */
    PyStr qualnameAttribute() {
        if (!heapType) {
            return PyStr.of(qualname);
        }
        PyStr s = qualnameObject;
        if (s == null) {
            qualnameObject = s = PyStr.of(qualname);
        }
        return s;
    }

    /** {@code __base__}. */
    public PyType base() {
        return base;
    }

    /** {@code __bases__}. */
    public PyType[] bases() {
        return bases.clone();
    }

    /** {@code __mro__}: this type first, {@code object} last. */
    public PyType[] mro() {
        return mro;
    }

    /** Whether this metaclass's {@code __prepare__} is {@code type}'s own, which only makes an empty dict. */
    public boolean hasDefaultPrepare() {
        return lookup("__prepare__") == TypeSlots.PREPARE;
    }

    public boolean isHeapType() {
        return heapType;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /**
     * Finds {@code name} in the dicts along the MRO (CPython's {@code _PyType_Lookup}), or
     * {@code null}. Answers for exact {@code str} names come from the type's {@link TypeLookupCache}
     * while its {@link #versionTag()} is unchanged.
     */
    public PyObject lookup(PyStr name) {
        if (name.getClass() != PyStr.class) {
            return lookupUncached(name);
        }
        TypeLookupCache c = lookupCache;
        if (c != null && c.epoch == builtinEpoch) {
            TypeLookupCache.Entry e = c.get(name);
            if (e != null) {
                return e.value();
            }
        } else {
            c = null;
        }
        int version = versionTag;
        int epoch = builtinEpoch;
        PyObject v = lookupUncached(name);
        if (c == null) {
            c = new TypeLookupCache(version, epoch);
            if (versionTag == version) {
                lookupCache = c;
            }
        }
        if (c.version == versionTag && c.epoch == builtinEpoch) {
            c.put(name, v);
        }
        return v;
    }

    /** The MRO walk behind {@link #lookup(PyStr)}. */
    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The type's version tag: a number that changes whenever this type's namespace or MRO, or
     * that of any class on its MRO, changes (CPython's {@code tp_version_tag}). Caches keyed by
     * it (the lookup cache, inline caches of specialized instructions) stay valid while it is
     * unchanged. Builtin types never change after {@link #ready()}; while one is being set up,
     * {@link #builtinEpoch} moves instead.
     */
    public int versionTag() {
        return versionTag;
    }

    /**
     * A {@link SwitchPoint} that stays valid exactly while the version tag is {@code version}: it
     * is invalidated by {@link #modified()} (of this type or any base), so compiled code that
     * assumes the class's attributes as they are (a method's identity, no data descriptor for an
     * instance attribute) is deoptimized when they change. Created on the first request for a
     * version; null when the tag is no longer {@code version}, or when this type's switch points
     * were invalidated {@link #MAX_VERSION_INVALIDATIONS} times (a class modified over and over is
     * checked by its tag instead). Only the JIT calls this; types never asked pay nothing.
     */
    public SwitchPoint versionSwitchPoint(int version) {
        if (versionTag != version || versionInvalidations >= MAX_VERSION_INVALIDATIONS) {
            return null;
        }
        SwitchPoint sp = versionSwitch;
        if (sp == null) {
            sp = new SwitchPoint();
            versionSwitch = sp;
        }
        return sp;
    }

    /**
     * Records that this type's namespace, bases or MRO changed (CPython's {@code PyType_Modified}):
     * a new version tag for it and, recursively, for its live subclasses, and no cached lookups.
     */
    public void modified() {
        checkNotShared();
        lookupCache = null;
        versionTag = NEXT_VERSION.getAndIncrement();
        SwitchPoint sp = versionSwitch;
        if (sp != null) {
            versionSwitch = null;
            versionInvalidations++;
            SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
        }
        if (!heapType) {
            // Builtin types do not record their (possibly many, cross-interpreter) subclasses.
            builtinEpoch++;
            return;
        }
        for (PyType sub : subclasses()) {
            sub.modified();
        }
    }

    /** {@link #lookup(PyStr)} by Java name (a fixed name such as a dunder: the str is kept for reuse). */
    public PyObject lookup(String name) {
        return lookup(internedName(name));
    }

    // Fixed attribute names used from Java (dunders): one str each, so its hash is computed once.
    // Only ever holds the names written in the runtime's source, so it stays small.
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The shared str for a fixed attribute name that Java code looks up (not for names from user data). */
    static PyStr internedName(String name) {
        PyStr s = NAMES.get(name);
        if (s == null) {
            s = PyStr.of(name);
            PyStr prev = NAMES.putIfAbsent(name, s);
            if (prev != null) {
                s = prev;
            }
        }
        return s;
    }

    /** True while the type's own {@code __abstractmethods__} is set and true (abc.ABCMeta sets it). */
    public boolean isAbstract() {
        return isAbstract;
    }

    void setAbstract(boolean v) {
        isAbstract = v;
    }

    /** Whether user code may subclass this type (CPython's {@code Py_TPFLAGS_BASETYPE}). */
    public boolean isBaseType() {
        return baseType;
    }

    /**
     * Whether instances are variable-size objects in CPython ({@code tp_itemsize} not 0: int, bool,
     * tuple, bytes, type and their subclasses). Such a class takes no nonempty {@code __slots__}
     * and gets no weak references from a subclass ({@code type_new}'s {@code may_add_weak}).
     */
    public boolean isVarSized() {
        PyType solid = solidBase();
        return solid.isSubtypeOf(PyInt.TYPE) || solid.isSubtypeOf(PyTuple.TYPE) || solid.isSubtypeOf(PyBytes.TYPE)
                || solid.isSubtypeOf(TYPE);
    }

    /** Whether instances of this type carry a {@code __dict__} (attributes of their own). */
    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /**
     * The names this class's own {@code __slots__} added when it was made, mangled and sorted (empty
     * without {@code __slots__}).
     */
    List<String> ownSlots() {
        return ownSlots;
    }

    /** Declares that instances of this builtin type (and of its subtypes) can be weakly referenced. */
    public void declareWeakrefs() {
        weakrefsDeclared = true;
    }

    /** Whether {@link #declareWeakrefs} was called on this type. */
    public boolean weakrefsDeclared() {
        return weakrefsDeclared;
    }

    /**
     * Whether this heap class was made without {@code __slots__}, with {@code __weakref__} in them,
     * or with a base besides its primary one having weak references.
     */
    boolean weakrefRequested() {
        return weakrefRequested;
    }

    /** The empty {@link Shape} new {@link PyInstance}s of this type start with. */
    public Shape rootShape() {
        return rootShape;
    }

    /** {@code issubclass(self, other)} through the MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Assigns a class attribute from Python ({@code C.x = v}), keeping the slots in step. */
    void setAttrFromPython(PyStr attr, PyObject value) {
        if (!heapType) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        if (value == null) {
            if (dict().getItem(attr) == null) {
                throw Errors.attributeError("type object '%s' has no attribute '%s'", name, attr);
            }
            dict().delItem(attr);
        } else {
            dict().setItem(attr, value);
        }
        modified();
        if (attr.toString().startsWith("__")) {
            updateSlotsDown();
        }
    }

    /**
     * Recomputes the slots of this type and of every live subclass after a dunder of this type
     * changed: a subclass that inherited the deleted {@code __getitem__} loses its slot too
     * (CPython's {@code update_slot} through {@code update_subclasses}).
     */
    private void updateSlotsDown() {
        SlotDefs.updateAll(this);
        for (PyType sub : subclasses()) {
            sub.updateSlotsDown();
        }
    }

    void setBasesAndMro(PyType[] bases, PyType[] mro) {
        this.bases = bases;
        this.mro = mro;
        modified();
    }
}
