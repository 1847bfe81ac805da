# reversed() of objects with and without __getitem__, __len__ and __reversed__: which are
# taken as sequences (CPython's reversed_new: PySequence_Check, then len()) and the messages.
class G3:
    def __getitem__(self, i): return i
class L:
    def __len__(self): return 2
class GL:
    def __getitem__(self, i): return i * 10
    def __len__(self): return 3
class D(dict): pass
for o in (G3(), L(), GL(), D(a=1), {}, 5, "abc", (1, 2), [3, 4], range(3)):
    try:
        print(type(o).__name__, list(reversed(o)))
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
