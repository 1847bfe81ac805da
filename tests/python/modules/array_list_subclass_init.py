# array.array(tc, seq) with a list or tuple (subclasses included) takes as many items as the object
# holds, each through PySequence_GetItem (a subclass's __getitem__); fromlist reads the list's
# own items and stops when the list changes size; extend uses the subclass's __iter__.
import array
def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class L(list):
    def __iter__(self): return iter([9,9,9])
    def __getitem__(self, i): return i * 10
    def __len__(self): return 1
class T(tuple):
    def __iter__(self): return iter([9,9,9])
    def __getitem__(self, i): return i * 10
    def __len__(self): return 1
class LErr(list):
    def __getitem__(self, i):
        if i == 1: raise IndexError('gi')
        return 5
class LGrow(list):
    def __getitem__(self, i):
        self.append(1)
        return list.__getitem__(self, i)
class LShrink(list):
    def __getitem__(self, i):
        self.clear(); return 3
for c in (L, T, LErr, LGrow, LShrink):
    show(lambda: array.array('i', c([1,2,3])))
    show(lambda: array.array('d', c([1,2,3])))
show(lambda: array.array('u', L(['a','b'])))
show(lambda: array.array('i', L([])))
class Idx:
    def __init__(self, l): self.l = l
    def __index__(self): self.l.append(4); return 1
l = L([0]); l.append(Idx(l))
show(lambda: array.array('i', l))
l = [0]; l.append(Idx(l))
show(lambda: array.array('i', l))
l = [0]; l.append(Idx(l))
a = array.array('i'); show(lambda: a.fromlist(l)); print(a)
l = L([1,2]); a = array.array('i'); a.fromlist(l); print(a)
show(lambda: array.array('i', L([1, 'x'])))
show(lambda: array.array('i', [1, 'x']))
class Shr:
    def __init__(self, l): self.l = l
    def __index__(self): self.l.clear(); return 1
l = [Shr(None), 2, 3]; l[0].l = l
show(lambda: array.array('i', l))
l = [Shr(None), 2, 3]; l[0].l = l
a = array.array('i', [7]); show(lambda: a.fromlist(l)); print(a)
t = (Shr([]), 5); show(lambda: array.array('b', t))
a = array.array('i'); a.extend(L([4, 5])); print(a)
a.extend(T((1,))); print(a)
a.fromlist(L([6])); print(a)
show(lambda: a.fromlist(T((1,))))
print(array.array('i', T(())), array.array('i', L()))
