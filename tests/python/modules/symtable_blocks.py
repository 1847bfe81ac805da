# The symtable module over _symtable: the compiler's own symbol table, block by block, with each
# name's flags and scope (globals, nonlocals, frees, cells, parameters, imports, annotations,
# class methods, comprehension and lambda blocks), in every mode and for bytes source; the errors
# of bad arguments and bad source.
import symtable, _symtable
src = '''
import os, sys as system
from collections import *
g = 1
def f(a, /, b, *args, c=1, **kw):
    global g
    x = 1
    def inner():
        nonlocal x
        x += a
        return y
    lam = lambda q: q + x
    return [i * x for i in range(3)], {k: v for k, v in kw.items()}, (z for z in args)
class C(object):
    attr: int = 3
    def m(self):
        return __class__, self.attr
    async def am(self):
        async for i in self:
            await i
def outer():
    v = 1
    class K:
        w = v
        def meth(self):
            return v
    return K
'''
def show(t, depth=0):
    print('  ' * depth, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children())
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = [n for n in ('referenced', 'imported', 'parameter', 'global', 'nonlocal', 'declared_global', 'local',
                             'annotated', 'free', 'assigned', 'namespace') if getattr(s, 'is_' + n)()]
        print('  ' * depth, ' ', s.get_name(), flags)
    if isinstance(t, symtable.Function):
        print('  ' * depth, '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(),
              'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if isinstance(t, symtable.Class):
        print('  ' * depth, '  methods', t.get_methods())
    for c in t.get_children():
        show(c, depth + 1)
top = symtable.symtable(src, 'mod.py', 'exec')
show(top)
print(repr(top).split('(')[0], top.get_id() == top.get_id())
raw = _symtable.symtable(src, 'mod.py', 'exec')
print(type(raw).__name__, sorted(raw.symbols.items()), raw.type, raw.lineno, raw.nested, raw.varnames)
print(sorted(raw.children[1].symbols.items()), raw.children[1].varnames)
e = symtable.symtable('x + 1', '<e>', 'eval'); print(e.get_name(), [s.get_name() for s in e.get_symbols()])
s = symtable.symtable('y = 2\n', '<s>', 'single'); print([s.get_name() for s in s.get_symbols()])
b = symtable.symtable(b'z = 3\n', 'b', 'exec'); print([s.get_name() for s in b.get_symbols()])
fa = symtable.symtable('from __future__ import annotations\ndef f(a: T) -> R: pass\n', 'fa', 'exec')
print([c.get_name() for c in fa.get_children()], [s.get_name() for s in fa.get_children()[0].get_symbols()])
for args in [(1, 'x', 'exec'), ('x', 'f', 'bad'), ('x=', 'f', 'exec'), ('nonlocal q', 'f', 'exec'), ('def f():\n  global a\n  a: int = 1', 'f', 'exec')]:
    try:
        _symtable.symtable(*args)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    _symtable.symtable(source='x', filename='f', startstr='exec')
except TypeError as ex:
    print('TypeError', ex)
print({k: getattr(_symtable, k) for k in sorted(dir(_symtable)) if k.isupper()})
print(top.lookup('f').get_namespace() is [c for c in top.get_children() if c.get_name() == 'f'][0])
