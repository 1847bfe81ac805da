# Builtin constructors refuse keyword arguments only while a subclass keeps the base's __init__
# (or, for list, its __new__): bpo-43413 as CPython 3.11 has it (set.__init__ always refuses).
for base in (list, set, frozenset, dict, tuple, bytearray, bytes, str, int, float, complex, range, slice, memoryview, property, object):
    try:
        type('probe', (base,), {})
    except TypeError as e:
        print(e)
        continue
    class S(base):
        def __init__(self, *a, newarg=None):
            if base not in (object,):
                try: super().__init__(*a)
                except TypeError as e: print('  init', e)
            self.newarg = newarg
    class N(base):
        def __new__(cls, *a, newarg=None):
            self = super().__new__(cls, *a)
            self.newarg = newarg
            return self
    for C in (S, N):
        try:
            u = C([1, 2] if base not in (int, float, complex, range, slice, memoryview, property) else (b'x' if base is memoryview else 3), newarg=3)
            print(base.__name__, C.__name__, 'ok', u.newarg)
        except Exception as e:
            print(base.__name__, C.__name__, type(e).__name__, e)
    try:
        S2 = type('S2', (base,), {})
        S2(sequence=())
        print(base.__name__, 'kw ok')
    except Exception as e:
        print(base.__name__, 'kw', type(e).__name__, e)
for base in (map, filter, reversed):
    class S(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    args = (str, [1]) if base is not reversed else ((1, 2),)
    print(base.__name__, list(S(*args, newarg=5)), S(*args, newarg=5).newarg)
    try:
        type('T', (base,), {})(*args, newarg=1)
    except TypeError as e:
        print(e)
    try:
        base(*args, newarg=1)
    except TypeError as e:
        print(e)
for base in (tuple, frozenset, float, list, set):
    class S(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    arg = [1, 2] if base is not float else 2
    print(base.__name__, S(arg, newarg=5), S(arg, newarg=5).newarg)
    try:
        base(arg, x=1)
    except TypeError as e:
        print(e)
