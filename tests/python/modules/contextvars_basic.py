# contextvars: ContextVar get/set/reset, tokens, copy_context, Context.run and the mapping protocol.
import contextvars
v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
print(v.name, v.get(), v.get(5), w.get(7))
try: w.get()
except LookupError as e: print('LookupError', type(e.args[0]).__name__, e.args[0] is w)
t = v.set(10)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
t2 = v.set(20)
print(v.get(), t2.old_value)
v.reset(t2); print(v.get())
try: v.reset(t2)
except RuntimeError as e: print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name=\'v\' default=1'))
try: w.reset(t)
except ValueError as e: print('ValueError', str(e).endswith('was created by a different ContextVar'))
ctx = contextvars.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w, 'none'), list(ctx) == [v], list(ctx.values()))
def inside(x):
    v.set(x)
    w.set('in')
    return v.get(), w.get()
print(ctx.run(inside, 99), v.get(), w.get('outside'), ctx[v], ctx[w])
try: ctx.run(lambda: ctx.run(lambda: 0))
except RuntimeError as e: print('RuntimeError', 'already entered' in str(e))
try: ctx.run(v.reset, t)
except ValueError as e: print('ValueError', str(e).endswith('was created in a different Context'))
c2 = ctx.copy(); print(c2 == ctx, c2 is ctx, sorted(k.name for k in c2.keys()))
try: contextvars.Context(1)
except TypeError as e: print(e)
try: ctx[1]
except TypeError as e: print(e)
try: contextvars.ContextVar(1)
except TypeError as e: print(e)
try:
    class Sub(contextvars.ContextVar): pass
except TypeError as e: print(e)
try: hash(ctx)
except TypeError as e: print(e)
print(contextvars.ContextVar[int], type(ctx).__name__, type(v).__module__)
v.reset(t); print(v.get())
import decimal
decimal.getcontext().prec = 6
print(decimal.Decimal(1) / decimal.Decimal(7))
with decimal.localcontext() as c:
    c.prec = 3
    print(decimal.Decimal(2).sqrt())
print(decimal.Decimal(2).sqrt())
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 6))
