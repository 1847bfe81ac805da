# tb_next can be rebound (unittest drops its own frames so); code objects give co_positions/co_lines
import sys

def inner():
    raise ValueError('x')

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_next = None
print(tb.tb_next.tb_next)
for bad in [5, tb]:
    try:
        tb.tb_next.tb_next = bad
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    del tb.tb_next
except TypeError as err:
    print('TypeError', err)

def f(a):
    return a + 1
pos = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in pos), {p[0] for p in pos if p[0] is not None} <= {25, 26})
lines = list(f.__code__.co_lines())
print(lines[0][0], {l[2] for l in lines if l[2] is not None} <= {25, 26}, all(s < e for s, e, _ in lines))
