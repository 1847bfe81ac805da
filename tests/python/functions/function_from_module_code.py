# types.FunctionType over a code object without fast locals (compile()'s 'eval' and 'exec' modes):
# called, it runs with its globals dict as its locals (CPython's _PyFunction_Vectorcall), so names
# load from and store into that dict.
import types

g = {'x': 5}
f = types.FunctionType(compile('x', '<x>', 'eval'), g)
print(f())
g['x'] = 'changed'
print(f())

g2 = {}
f2 = types.FunctionType(compile('y = 1\nz = y + 1', '<s>', 'exec'), g2)
print(f2(), sorted(k for k in g2 if k != '__builtins__'), g2['z'])

f3 = types.FunctionType(compile('def h(): return 7\nprint(h())\nclass C: a = 1\nprint(C.a)', '<s>', 'exec'), {})
print(f3())

f4 = types.FunctionType(compile('import sys as q\ndel q\nprint(locals() is globals(), "q" in globals())',
                                '<s>', 'exec'), {})
print(f4())

f5 = types.FunctionType(compile('w', '<x>', 'eval'), {})
try:
    f5()
except NameError as e:
    print(e)

f6 = types.FunctionType(compile('[i * v for i in range(3)]', '<x>', 'eval'), {'v': 2})
print(f6())

for call in (lambda: f(1), lambda: f(a=1)):
    try:
        call()
    except TypeError as e:
        print(e)

# Called often enough for the call sites to specialize and loops to be traced.
counter = {'n': 0}
inc = types.FunctionType(compile('n = n + 1', '<inc>', 'exec'), counter)
total = 0
for i in range(300):
    inc()
    total += f6()[2]
print(counter['n'], total)

class Holder:
    run = types.FunctionType(compile('x', '<x>', 'eval'), {'x': 'from globals'})
try:
    Holder().run()
except TypeError as e:
    print(e)
print(Holder.run())

# The frame's locals are the globals dict itself.
import sys
fr = types.FunctionType(compile('sys._getframe()', '<x>', 'eval'), {'sys': sys})()
print(fr.f_locals is fr.f_globals, fr.f_code.co_name)
