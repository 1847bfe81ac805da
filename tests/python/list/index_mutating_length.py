# An index whose __index__ changes the sequence: the length is read after it ran, as CPython
# converts the key first (list, bytearray, array; get, set, del, pop, insert).
class J:
    def __init__(self, l): self.l = l
    def __index__(self):
        self.l.clear()
        return 0
for kind in ('get', 'set', 'del', 'pop'):
    l = [1, 2, 3]
    try:
        if kind == 'get': print(l[J(l)])
        elif kind == 'set': l[J(l)] = 9; print(l)
        elif kind == 'del': del l[J(l)]; print(l)
        else: print(l.pop(J(l)))
    except Exception as e:
        print(kind, type(e).__name__, e)
import array
for kind in ('get', 'set', 'del'):
    b = bytearray(b'abc')
    class K:
        def __index__(self):
            b.clear(); return 1
    try:
        if kind == 'get': print(b[K()])
        elif kind == 'set': b[K()] = 5; print(b)
        else: del b[K()]; print(b)
    except Exception as e:
        print('ba', kind, type(e).__name__, e)
    a = array.array('i', [1, 2, 3])
    class A:
        def __index__(self):
            del a[:]; return 1
    try:
        if kind == 'get': print(a[A()])
        elif kind == 'set': a[A()] = 5; print(a)
        else: del a[A()]; print(a)
    except Exception as e:
        print('arr', kind, type(e).__name__, e)
    l = [1, 2, 3]
    class I:
        def __index__(self):
            l.clear(); return 1
    try:
        if kind == 'get': print(l.index(1, I()))
        elif kind == 'set': l.insert(I(), 7); print(l)
        else: print(l.pop(I()))
    except Exception as e:
        print('list2', kind, type(e).__name__, e)
a = array.array('b', [1, 2])
for k in (2**70, -2**70):
    for op in ('get', 'pop'):
        try:
            print(a[k] if op == 'get' else a.pop(k))
        except Exception as e:
            print(op, type(e).__name__, e)
class P:
    def __index__(self):
        del a[:]; return 0
try:
    a.pop(P())
except Exception as e:
    print(type(e).__name__, e)
