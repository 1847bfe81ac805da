# types.CodeType(...) and code.replace(...): code rebuilt from its fields runs and compares
# equal; the argument checks and their messages are CPython 3.11's.
import types
import textwrap
import json.decoder
import inspect


def rebuild(co):
    consts = tuple(rebuild(c) if isinstance(c, types.CodeType) else c for c in co.co_consts)
    return types.CodeType(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
                          co.co_stacksize, co.co_flags, co.co_code, consts, co.co_names, co.co_varnames,
                          co.co_filename, co.co_name, co.co_qualname, co.co_firstlineno, co.co_linetable,
                          co.co_exceptiontable, co.co_freevars, co.co_cellvars)


def walk(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from walk(c)


def same(a, b):
    return (a == b and a.co_code == b.co_code and a.co_linetable == b.co_linetable
            and a.co_exceptiontable == b.co_exceptiontable and a.co_stacksize == b.co_stacksize
            and list(a.co_positions()) == list(b.co_positions()) and list(a.co_lines()) == list(b.co_lines()))


# every code object of a few modules, rebuilt
for mod in (textwrap, json.decoder, inspect):
    co = compile(open(mod.__file__, encoding='utf-8').read(), mod.__file__, 'exec')
    pairs = list(zip(walk(co), walk(rebuild(co))))
    print(mod.__name__, all(same(a, b) for a, b in pairs))


def outer(a, b=2, *args, k=3, **kw):
    c = a + b
    def inner(x):
        return x + c
    try:
        return [inner(i) for i in range(3)], dict(kw), args, k
    except ValueError as e:
        return e
    finally:
        pass


f = types.FunctionType(rebuild(outer.__code__), globals(), 'outer', outer.__defaults__)
f.__kwdefaults__ = outer.__kwdefaults__
print(f(1, 5, 6, z=1), f(10, k=0))


def gen(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    yield from range(total)
    return total


g = types.FunctionType(rebuild(gen.__code__), globals())
it = g(3)
print(next(it), it.send(2), it.send(3), list(it))


async def coro(x):
    return x * 2


c = types.FunctionType(rebuild(coro.__code__), globals())(21)
try:
    c.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)


# replacing constants, names and variable names
def h():
    value = 7
    return value


h.__code__ = h.__code__.replace(co_consts=tuple(8 if v == 7 else v for v in h.__code__.co_consts),
                                co_varnames=('renamed',))
print(h(), h.__code__.co_varnames)


def uses_len(s):
    return len(s)


uses_len.__code__ = uses_len.__code__.replace(co_names=('sorted',))
print(uses_len('cab'))

# co_firstlineno moves every line; the tables read back as given
import traceback


def fails():
    x = 1
    return x / 0


moved = types.FunctionType(fails.__code__.replace(co_firstlineno=500), globals())
try:
    moved()
except ZeroDivisionError as e:
    print([fs.lineno - fails.__code__.co_firstlineno for fs in traceback.extract_tb(e.__traceback__)][1:])
print(moved.__code__.co_firstlineno, list(moved.__code__.co_lines())[-1][2] - 500)
print(fails.__code__.replace(co_linetable=b'').co_linetable,
      all(p[0] is None for p in fails.__code__.replace(co_linetable=b'').co_positions()))
print(fails.__code__.replace(co_name='renamed').co_name, fails.__code__.replace(co_stacksize=0).co_stacksize)
print(fails.__code__.replace(co_code=fails.__code__.co_code) == fails.__code__)


# the checks
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def f2(a, b):
    c = a + b
    return c


co = f2.__code__
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags,
        co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, co.co_name, co.co_qualname,
        co.co_firstlineno, co.co_linetable, co.co_exceptiontable, co.co_freevars, co.co_cellvars]


def with_arg(i, v):
    a = list(args)
    a[i] = v
    return lambda: types.CodeType(*a)


attempt('all', lambda: types.CodeType(*args))
attempt('sixteen', lambda: types.CodeType(*args[:16]))
attempt('few', lambda: types.CodeType(1, 2))
attempt('many', lambda: types.CodeType(*range(19)))
attempt('kw', lambda: types.CodeType(argcount=1))
attempt('code str', with_arg(6, 'x'))
attempt('consts list', with_arg(7, []))
attempt('names int', with_arg(8, (1,)))
attempt('filename bytes', with_arg(10, b'x'))
attempt('linetable str', with_arg(14, 'x'))
attempt('exceptiontable None', with_arg(15, None))
attempt('nlocals', with_arg(3, 5))
attempt('argcount neg', with_arg(0, -1))
attempt('posonly neg', with_arg(1, -1))
attempt('kwonly neg', with_arg(2, -1))
attempt('nlocals neg', with_arg(3, -1))
attempt('posonly big', with_arg(1, 3))
attempt('stacksize neg', with_arg(4, -1))
attempt('argcount big', lambda: types.CodeType(*([5] + args[1:])))
attempt('odd code', with_arg(6, b'\x00'))
attempt('argcount str', with_arg(0, 'x'))
attempt('replace pos', lambda: co.replace(1))
attempt('replace kw', lambda: co.replace(co_x=1))
attempt('replace code', lambda: co.replace(co_code='x'))
attempt('replace consts', lambda: co.replace(co_consts=[1]))
attempt('replace names', lambda: co.replace(co_names=(1,)))
attempt('replace varnames', lambda: co.replace(co_varnames=('a',)))
attempt('replace nlocals', lambda: co.replace(co_nlocals=7))
attempt('replace argcount', lambda: co.replace(co_argcount='x'))
attempt('replace name', lambda: co.replace(co_name=1))
attempt('replace posonly', lambda: co.replace(co_posonlyargcount=3))
attempt('replace linetable', lambda: co.replace(co_linetable=bytearray()))
attempt('replace argcount neg', lambda: co.replace(co_argcount=-1))
attempt('replace stacksize neg', lambda: co.replace(co_stacksize=-1))
attempt('replace flags neg', lambda: co.replace(co_flags=-1))
attempt('replace firstlineno neg', lambda: co.replace(co_firstlineno=-5))
attempt('replace exceptiontable junk', lambda: co.replace(co_exceptiontable=b'\x00'))

# co_lines has one range per location-table entry, co_positions one position per code unit;
# an empty table gives neither
print(list(f2.__code__.co_lines()))
empty = f2.__code__.replace(co_linetable=b'')
print(list(empty.co_lines()), list(empty.co_positions()))
