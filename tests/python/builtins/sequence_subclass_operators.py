# * and + on subclasses of the builtin sequences (list, tuple, str, bytes, bytearray, deque, array):
# the subclass keeps the sequence's own repeat and concat (CPython's resolve_slotdups leaves
# nb_multiply/nb_add empty), so a right operand's __rmul__/__radd__ runs and a bad count says
# "can't multiply sequence"; overriding dunders, __index__ counts and in-place forms too.
import array, collections
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)
for base, sample in ((list, [1, 2]), (tuple, (1, 2)), (str, "ab"), (bytes, b"ab"), (bytearray, b"ab"),
                     (collections.deque, [1, 2]), (lambda x=(): array.array('i', x), None)):
    if sample is None:
        class S(array.array): pass
        mk = lambda: S('i', [1, 2]); other = array.array('i', [3])
    else:
        class S(base): pass
        mk = lambda: S(sample); other = base(sample)
    n = S.__mro__[1].__name__
    show(n + " *2", lambda: mk() * 2)
    show(n + " 2*", lambda: 2 * mk())
    show(n + " *0", lambda: mk() * 0)
    show(n + " *-1", lambda: mk() * -1)
    show(n + " *True", lambda: mk() * True)
    show(n + " +other", lambda: mk() + other)
    show(n + " other+", lambda: other + mk())
    show(n + " +self", lambda: mk() + mk())
    show(n + " +1", lambda: mk() + 1)
    show(n + " 1+", lambda: 1 + mk())
    show(n + " *'x'", lambda: mk() * 'x')
    def imul():
        s = mk(); s *= 2; return s
    def iadd():
        s = mk(); s += other; return s
    show(n + " *=", imul)
    show(n + " +=", iadd)
    class T(S):
        def __mul__(self, o): return "T.mul"
        def __rmul__(self, o): return "T.rmul"
        def __add__(self, o): return "T.add"
        def __radd__(self, o): return "T.radd"
    t = T(sample) if sample is not None else T('i', [1])
    show(n + " T*", lambda: t * 2)
    show(n + " 2*T", lambda: 2 * t)
    show(n + " T+", lambda: t + other)
    show(n + " other+T", lambda: other + t)
    class Idx:
        def __index__(self): return 2
    show(n + " *Idx", lambda: mk() * Idx())
    class RM:
        def __rmul__(self, o): return "RM.rmul"
        def __radd__(self, o): return "RM.radd"
    show(n + " *RM", lambda: mk() * RM())
    show(n + " +RM", lambda: mk() + RM())
    show(n + " __mul__", lambda: mk().__mul__(2))
    show(n + " __mul__ 1.5", lambda: mk().__mul__(1.5))
    show(n + " __add__ 1", lambda: mk().__add__(1))
class F(float): pass
show("float sub", lambda: F(1.5) * 2)
class I(int): pass
show("int sub", lambda: I(3) * [1])
show("int sub2", lambda: [1] * I(3))
