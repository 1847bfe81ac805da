# Cells compare by their contents (an empty cell before a full one) and are unhashable;
# contextvars.ContextVar takes its name positionally and its default by keyword only.
import contextvars
import types
cell = types.CellType
empty = cell()
print(cell(2) < cell(3), empty < cell('x'), empty == cell(), cell(-36) == cell(-36.0), cell(True) > empty)
print(cell(1) != cell(2), cell([1]) <= cell([1, 2]), cell(1) == 1)
try:
    cell(1) < cell('a')
except TypeError as e:
    print(e)
try:
    hash(cell(1))
except TypeError as e:
    print(e)
print(types.CellType.__hash__)

for args, kw in (((), {}), (('a', 'b'), {}), ((), {'name': 'x'}), (('a',), {'x': 1}), (('a',), {'name': 'b'}), ((1,), {})):
    try:
        contextvars.ContextVar(*args, **kw)
    except TypeError as e:
        print(e)
v = contextvars.ContextVar('v', default=5)
print(v.name, v.get())
