# Builtins' argument checks and namespaces that are mappings but not exact dicts, as CPython 3.11's
# test_builtin exercises them: compile/exec/eval of buffers, types.CellType(), eval/exec with a
# mapping or dict subclass as locals (LOAD_NAME asks its __getitem__/__missing__), dir() of such
# locals and of modules, __import__'s duplicate arguments, type()'s name, __qualname__, __doc__
# and __slots__ checks, input() without sys.stdin/stdout.
import types, sys, io

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

show("compile memoryview", lambda: type(compile(memoryview(b"x = 1"), "name", "exec")).__name__)
show("compile bytearray", lambda: type(compile(bytearray(b"x = 1"), "name", "exec")).__name__)
show("compile no args", lambda: compile())
show("compile bad mode", lambda: compile('1', '<s>', 'badmode'))
show("compile bad flags", lambda: compile('1', '<s>', 'single', 0xff))
show("compile int source", lambda: compile(1, '<s>', 'exec'))
show("cell()", lambda: types.CellType().__class__.__name__)
show("cell(35)", lambda: types.CellType(35).cell_contents)
show("cell(1, 2)", lambda: types.CellType(1, 2))
show("cell(x=1)", lambda: types.CellType(x=1))

class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = {"__builtins__": __builtins__}
show("eval a", lambda: eval('a', g, m))
show("eval b", lambda: eval('b', g, m))
show("eval dir()", lambda: eval('dir()', g, m))
show("eval locals() is m", lambda: eval('locals()', g, m) is m)
show("eval globals mapping", lambda: eval('a', m))
class A:
    pass
show("eval non-mapping locals", lambda: eval('a', g, A()))
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
show("eval dict subclass a", lambda: eval('a', g, d))
show("eval dict subclass dir", lambda: eval('dir()', g, d))

class Foo(types.ModuleType):
    __dict__ = 8
show("dir bad module dict", lambda: dir(Foo("foo")))

show("exec globals non-dict", lambda: exec('a', {}.items()))
show("exec globals mapping", lambda: exec('a = 1', M()))
class setonlyerror(Exception):
    pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
show("exec globals getitem error", lambda: exec('globalname', setonlydict()))
show("__import__ bad name", lambda: __import__(1))
show("__import__ empty", lambda: __import__(''))
show("__import__ level -1", lambda: __import__('sys', level=-1))
show("__import__ str subclass", lambda: __import__('string', {}, {}, [], 1))
show("type bad slots int", lambda: type('A', (), {'__slots__': 1}))
show("type bad slots name", lambda: type('A', (), {'__slots__': '1'}))
show("type bad slots dup", lambda: type('A', (), {'__slots__': ('x', 'x')}))
show("type bad slots dict twice", lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
show("type bad slots weakref twice", lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))
show("type slot vs class attr", lambda: type('A', (), {'__slots__': ('x',), 'x': 1}))
ns = {}
ns['b'] = 2
ns['a'] = 1
show("namespace order", lambda: [(k, v) for k, v in type('A', (), ns).__dict__.items() if not k.startswith('__')])
show("type name nul", lambda: type('A\0B', (), {}))
show("type name surrogate", lambda: type('A\udcdcB', (), {}))
show("type name bytes", lambda: type(b'A', (), {}))
def setname(v):
    A = type('A', (), {})
    A.__name__ = v
    return A.__name__
show("set name nul", lambda: setname('A\0B'))
show("set name surrogate", lambda: setname('A\udcdcB'))
show("set name int", lambda: setname(1))
show("set name ok", lambda: setname('Bé'))
show("qualname in dict int", lambda: type('A', (), {'__qualname__': 1}))
def setqual(v):
    A = type('A', (), {})
    A.__qualname__ = v
    return A.__qualname__
show("set qualname int", lambda: setqual(1))
show("set qualname ok", lambda: setqual('x.y'))
show("type doc surrogate", lambda: type('A', (), {'__doc__': 'x\udcdcy'}).__doc__)
show("type doc int", lambda: type('A', (), {'__doc__': 1}).__doc__)
def capture(f):
    try:
        return repr(f())
    except Exception as e:
        return "!! %s %s" % (type(e).__name__, e)
saved = sys.stdout
try:
    del sys.stdout
    r = capture(lambda: input('prompt'))
finally:
    sys.stdout = saved
print("input no stdout", r)
saved = sys.stdin
try:
    del sys.stdin
    r1 = capture(lambda: input('prompt'))
    sys.stdin = io.StringIO("NULL\0")
    r2 = capture(lambda: input(42, 42))
    r3 = capture(lambda: input())
    sys.stdin = None
    r4 = capture(lambda: input())
finally:
    sys.stdin = saved
print("input no stdin", r1)
print("input two args", r2)
print("input nul", r3)
print("input stdin None", r4)
show("__import__ name twice", lambda: __import__('sys', name='sys'))
show("__import__ globals twice", lambda: __import__('sys', {}, level=0, globals={}))
class Base:
    pass
def mk(bases, slots):
    return type('S', bases, {'__slots__': slots}).__name__
show("slots dict over dict base", lambda: mk((Base,), ('__dict__',)))
show("slots weakref over user base", lambda: mk((Base,), ('__weakref__',)))
class NoSlots:
    __slots__ = ()
show("slots both over slotted base", lambda: mk((NoSlots,), ('__dict__', '__weakref__')))
show("slots dict then weakref", lambda: mk((), ['__weakref__', '__dict__', 'x']))
import types as _t
show("slots dict over module", lambda: mk((_t.ModuleType,), ('__dict__',)))
class WithDir(_t.ModuleType):
    pass
wm = WithDir("wm")
wm.b = 1
wm.__dir__ = lambda: ['zz', 'aa']
show("dir module __dir__", lambda: dir(wm))
show("exec bytearray", lambda: exec(bytearray(b'q = 5\nprint(q)')))
show("eval memoryview", lambda: eval(memoryview(b'2 + 3')))
class Missing(dict):
    def __missing__(self, key):
        return 'missing:' + key
show("eval dict __missing__", lambda: eval('zzz', {}, Missing()))
show("exec dict __missing__ in class body", lambda: exec('class K:\n    pass\nprint(K.__name__, unknown_name)', {}, Missing()))
show("class docstring surrogate", lambda: exec('class K:\n    "\\udcdc"\n'))
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
show("type() namespace order of an OrderedDict", lambda: [k for k in type('C', (), od).__dict__ if not k.startswith('__')])
show("compile source twice", lambda: compile('pass', '?', 'exec', mode='eval', source='0', filename='tmp'))
show("compile by keywords", lambda: type(compile(dont_inherit=False, filename='tmp', source='0', mode='eval')).__name__)
class Plain(dict):
    pass
class Mapping:
    def __getitem__(self, key):
        raise KeyError(key)
    def __delitem__(self, key):
        raise LookupError(key)
show("del name in dict subclass", lambda: exec("del zz", {}, Plain()))
show("del name in missing subclass", lambda: exec("del zz", {}, Missing()))
show("del name in mapping raising LookupError", lambda: exec("del zz", {}, Mapping()))
show("del bound name in dict subclass", lambda: exec("zz = 1\ndel zz\nprint('deleted')", {}, Plain()))
class ModWithDir(_t.ModuleType):
    def __dir__(self):
        return ['c', 'b']
show("dir of module subclass with __dir__", lambda: dir(ModWithDir("x")))
