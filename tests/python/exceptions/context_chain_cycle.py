# A raise while handling an exception whose __context__ chain already loops must not hang
# (bpo-25782): the new exception's context is set and the loop left as it was.
def cycle1():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle1()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)

def cycle2():
    try:
        raise ValueError(1)
    except ValueError as a:
        try:
            raise KeyError(2)
        except KeyError as b:
            a.__context__ = b
            b.__context__ = a
            raise IndexError(3)

try:
    cycle2()
except Exception as e:
    c = e.__context__
    print(type(e).__name__, type(c).__name__, type(c.__context__).__name__, c.__context__.__context__ is c)

def long_cycle(n):
    excs = [ValueError(i) for i in range(n)]
    for i in range(n):
        excs[i].__context__ = excs[(i + 1) % n]
    try:
        raise excs[0]
    except ValueError:
        try:
            raise excs[3]
        except ValueError as e:
            return e

for n in (5, 6, 7):
    e = long_cycle(n)
    chain, seen = [], set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        chain.append(e.args[0])
        e = e.__context__
    print(n, chain)
