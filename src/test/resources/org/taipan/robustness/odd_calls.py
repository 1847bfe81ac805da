# Robustness driver for OddCallsFuzzTest: calls builtins, methods of builtin types and operators
# with odd arguments. Every call must end normally or with a Python exception; a Java exception
# that the interpreter turned into SystemError('internal error: ...'), or a message naming a Java
# class, is printed as a CRASH line. The test appends a line calling run(seed, first, count, verbose).
import builtins
import sys

EXCLUDED = set()

def _mk_selfref_list():
    x = [1]
    x.append(x)
    return x

def _mk_selfref_dict():
    d = {}
    d["me"] = d
    return d

class _Weird:
    """Dunders that return the wrong types or raise."""
    def __len__(self): return -1
    def __index__(self): return "not an int"
    def __hash__(self): return "not an int"
    def __eq__(self, other): raise ValueError("eq raised")
    def __iter__(self): return 5
    def __getitem__(self, i): raise KeyError(i)
    def __int__(self): return "x"
    def __float__(self): return None
    def __str__(self): return 7
    def __repr__(self): return None
    def __bool__(self): return 2
    def __lt__(self, other): return NotImplemented

class _Plain:
    pass

class _Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i

def _gen():
    yield 1
    yield 2

VALUES = [
    ("None", lambda: None), ("-1", lambda: -1), ("0", lambda: 0), ("1", lambda: 1), ("True", lambda: True),
    ("2**100", lambda: 2**100), ("-2**100", lambda: -2**100), ("2**63", lambda: 2**63), ("-2**63-1", lambda: -2**63 - 1),
    ("0.5", lambda: 0.5), ("nan", lambda: float("nan")), ("inf", lambda: float("inf")), ("-0.0", lambda: -0.0),
    ("1j", lambda: 1j), ("''", lambda: ""), ("'abc'", lambda: "abc"), ("'\\udcff'", lambda: "\udcff"),
    ("'\\U0001f600'", lambda: "\U0001f600"), ("b''", lambda: b""), ("b'ab'", lambda: b"ab"),
    ("bytearray", lambda: bytearray(b"xy")), ("[]", lambda: []), ("[1,2]", lambda: [1, 2]),
    ("selfref list", _mk_selfref_list), ("()", lambda: ()), ("(1,'a')", lambda: (1, "a")),
    ("{}", lambda: {}), ("{1:2}", lambda: {1: 2}), ("selfref dict", _mk_selfref_dict),
    ("set()", lambda: set()), ("frozenset", lambda: frozenset({1})), ("range(3)", lambda: range(3)),
    ("slice(1,2)", lambda: slice(1, 2)), ("object()", lambda: object()), ("_Plain()", lambda: _Plain()),
    ("_Weird()", lambda: _Weird()), ("_Seq()", lambda: _Seq()), ("_Plain", lambda: _Plain),
    ("len", lambda: len), ("lambda", lambda: (lambda *a, **k: 0)), ("iter([1])", lambda: iter([1])),
    ("generator", _gen), ("Ellipsis", lambda: ...), ("NotImplemented", lambda: NotImplemented),
    ("ValueError('v')", lambda: ValueError("v")), ("'%s%d'", lambda: "%s%d"), ("'{0}{x}'", lambda: "{0}{x}"),
    ("memoryview", lambda: memoryview(b"ab")), ("1e308", lambda: 1e308), ("-5", lambda: -5), ("7", lambda: 7),
]

# Builtins left out: they read or write outside the program or stop it.
SKIP_BUILTINS = {"input", "open", "print", "exit", "quit", "help", "license", "credits", "copyright", "breakpoint", "__build_class__", "vars",
                 "globals", "locals", "dir"}
# Names whose calls could change shared builtin types or the driver itself, or never end.
SKIP_NAMES = {"__setattr__", "__delattr__", "__init_subclass__", "__set_name__", "__subclasshook__",
              "__class__", "__del__"}
POW_NAMES = {"pow", "__pow__", "__rpow__", "__ipow__", "__lshift__", "__rlshift__", "__ilshift__", "__mul__",
             "__rmul__", "__imul__", "ljust", "rjust", "center", "zfill", "expandtabs", "round", "__round__",
             "__format__", "format"}

class Lcg:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF
    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n

def sample_receivers():
    import_free = {
        int: lambda: 12345, bool: lambda: True, float: lambda: 2.5, complex: lambda: 1 + 2j, str: lambda: "hello",
        bytes: lambda: b"hello", bytearray: lambda: bytearray(b"hi"), list: lambda: [3, 1, 2],
        tuple: lambda: (1, 2, 3), dict: lambda: {"a": 1, 2: "b"}, set: lambda: {1, 2}, frozenset: lambda: frozenset({1, 2}),
        range: lambda: range(1, 10, 2), slice: lambda: slice(1, 5, 2), memoryview: lambda: memoryview(b"abc"),
        object: lambda: object(), property: lambda: property(len), staticmethod: lambda: staticmethod(len),
        classmethod: lambda: classmethod(len), super: lambda: super(int, 5), enumerate: lambda: enumerate("ab"),
        zip: lambda: zip("ab", "cd"), map: lambda: map(len, ["a"]), filter: lambda: filter(None, [0, 1]),
        reversed: lambda: reversed([1, 2]), type: lambda: _Plain,
    }
    types = [v for k, v in sorted(vars(builtins).items()) if isinstance(v, type)]
    extra = [type(None), type(...), type(NotImplemented), type(len), type(lambda: 0), type(_gen()),
             type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter("")), type(iter(())),
             type(iter({})), type(iter(range(1))), type(sys), type(_Plain().__init__), type(int.__dict__),
             type((lambda: 0).__code__), type(sys._getframe())]
    factories = dict(import_free)
    factories[type(None)] = lambda: None
    factories[type(...)] = lambda: ...
    factories[type(NotImplemented)] = lambda: NotImplemented
    factories[type(len)] = lambda: len
    factories[type(lambda: 0)] = lambda: (lambda x=1: x)
    factories[type(_gen())] = _gen
    factories[type({}.keys())] = lambda: {1: 2}.keys()
    factories[type({}.values())] = lambda: {1: 2}.values()
    factories[type({}.items())] = lambda: {1: 2}.items()
    factories[type(iter([]))] = lambda: iter([1, 2])
    factories[type(iter(""))] = lambda: iter("ab")
    factories[type(iter(()))] = lambda: iter((1,))
    factories[type(iter({}))] = lambda: iter({1: 2})
    factories[type(iter(range(1)))] = lambda: iter(range(3))
    factories[type(sys)] = lambda: type(sys)("fuzzmod")
    factories[type(_Plain().__init__)] = lambda: _Plain().__init__
    factories[type(int.__dict__)] = lambda: int.__dict__
    factories[type((lambda: 0).__code__)] = lambda: (lambda: 0).__code__
    factories[type(sys._getframe())] = lambda: sys._getframe()
    result = []
    for t in types + extra:
        if t in factories:
            result.append((t, factories[t]))
        elif issubclass(t, BaseException):
            result.append((t, (lambda t=t: t("msg", 2))))
        else:
            result.append((t, None))
    return result

def describe(v):
    return VALUES[v][0]

def calls(seed):
    """Yields (description, function, args, kwargs) lazily, in a fixed order for a seed."""
    rng = Lcg(seed)
    b = vars(builtins)
    for name in sorted(b):
        f = b[name]
        if name in SKIP_BUILTINS or isinstance(f, type) or not callable(f):
            continue
        for shape in range(14):
            yield from shaped(rng, name, lambda f=f: f, shape)
    for t, make in sample_receivers():
        for name in sorted(dir(t)):
            if name in SKIP_NAMES:
                continue
            if make is not None:
                for shape in range(4):
                    yield from shaped(rng, "%s().%s" % (t.__name__, name),
                                      lambda make=make, name=name: getattr(make(), name), shape)
            for shape in range(3):
                yield from shaped(rng, "%s.%s" % (t.__name__, name),
                                  lambda t=t, name=name: getattr(t, name), shape + 1)
        for shape in range(6):
            yield from shaped(rng, t.__name__, lambda t=t: t, shape)
    ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==", "!=", ">", ">=",
           "in", "not in", "is"]
    for op in ops:
        for _ in range(60):
            i, j = rng.below(len(VALUES)), rng.below(len(VALUES))
            if op in ("**", "<<", "*") and (VALUES[i][0].startswith(("2**", "-2**", "1e", "-5", "7"))
                                           or VALUES[j][0].startswith(("2**", "-2**", "1e", "-5", "7"))):
                continue
            code = compile("a %s b" % op, "<op>", "eval")
            yield ("%s %s %s" % (describe(i), op, describe(j)), (lambda code=code: (lambda a, b: eval(code))),
                   (i, j), {})
    for form in ["a[b]", "a[b:b]", "a[::b]", "a[b, b]"]:
        code = compile(form, "<subscript>", "eval")
        for _ in range(80):
            i, j = rng.below(len(VALUES)), rng.below(len(VALUES))
            yield (form.replace("a", describe(i)).replace("b", describe(j)), (lambda code=code: (lambda a, b: eval(code))),
                   (i, j), {})
    for form in ["a[b] = a", "del a[b]", "a[b:] = b", "a.attr = b", "del a.attr", "a += b", "a *= 0", "x, y = a",
                 "for _ in a: break", "with a: pass", "match a:\n case [x, *y]: pass\n case {'k': x}: pass\n case b(): pass"]:
        code = compile(form, "<statement>", "exec")
        for _ in range(40):
            i, j = rng.below(len(VALUES)), rng.below(len(VALUES))
            yield ("exec(%r) a=%s b=%s" % (form, describe(i), describe(j)),
                   (lambda code=code: (lambda a, b: exec(code, {"a": a, "b": b}))), (i, j), {})
    for op in ["-", "+", "~", "not ", "abs", "hash", "len", "repr", "str", "bool", "iter", "reversed", "sorted",
               "list", "tuple", "set", "dict", "int", "float", "format", "ascii"]:
        for i in range(len(VALUES)):
            if op in ("-", "+", "~", "not "):
                code = compile("%sa" % op, "<op>", "eval")
            else:
                code = compile("%s(a)" % op, "<op>", "eval")
            yield ("%s(%s)" % (op, describe(i)), (lambda code=code: (lambda a: eval(code))), (i,), {})

def shaped(rng, desc, get, shape):
    n = len(VALUES)
    if shape == 0:
        args, kwargs = (), {}
    elif shape <= 3:
        args, kwargs = tuple(rng.below(n) for _ in range(shape)), {}
    elif shape == 4:
        args, kwargs = tuple(rng.below(n) for _ in range(6)), {}
    elif shape == 5:
        args, kwargs = (rng.below(n),), {"bogus": rng.below(n)}
    else:
        names = ["key", "default", "start", "sep", "end", "base", "strict", "reverse", "encoding", "errors",
                 "globals", "locals", "maxsplit", "fillvalue", "initial"]
        args = tuple(rng.below(n) for _ in range(rng.below(3)))
        kwargs = {names[rng.below(len(names))]: rng.below(n)}
    yield (desc, get, args, kwargs)

def materialize(idx):
    return VALUES[idx][1]()

def check_message(desc, e):
    try:
        text = str(e)
    except BaseException as inner:
        text = "<str() raised %s>" % type(inner).__name__
    if (type(e) is SystemError and text.startswith("internal error")) or "java." in text:
        print("CRASH", desc, "->", type(e).__name__, text[:300])

def run(seed, first, count, verbose):
    if first == 0:
        # Proves the reporting path end to end: the test expects exactly this CRASH line.
        check_message("<self-test>", SystemError("internal error: java.lang.IllegalStateException"))
    made = 0
    for n, (desc, get, args, kwargs) in enumerate(calls(seed)):
        if n < first:
            continue
        if n >= first + count:
            break
        full = "%s(%s%s)" % (desc, ", ".join(describe(a) for a in args),
                             "".join(", %s=%s" % (k, describe(v)) for k, v in kwargs.items()))
        if full in EXCLUDED:
            continue
        big = [VALUES[a][0] for a in list(args) + list(kwargs.values())]
        if desc.rsplit(".", 1)[-1] in POW_NAMES and any(s.startswith(("2**", "-2**", "1e", "7", "-5")) for s in big):
            continue
        if verbose:
            print("CALL", n, full, flush=True)
        made += 1
        try:
            f = get()
            f(*[materialize(a) for a in args], **{k: materialize(v) for k, v in kwargs.items()})
        except BaseException as e:
            check_message(full, e)
    print("DONE", first, made)
