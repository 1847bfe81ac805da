# str.join, slice assignment and starred assignment ask a length hint as CPython's PySequence_Fast
# and unpack_iterable do: of the iterator (list() of iter(x)), never a sequence's __len__; a
# __length_hint__ that raises or returns a non-int raises. Starred assignment takes the leading
# items one by one first (their errors say how many came).
class It:
    def __init__(self, items, hint): self.items = list(items); self.hint = hint
    def __iter__(self): return self
    def __next__(self):
        if not self.items: raise StopIteration
        return self.items.pop(0)
    def __length_hint__(self):
        print("hint asked", len(self.items))
        if isinstance(self.hint, Exception): raise self.hint
        return self.hint
class Seq:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __len__(self): print("len asked"); return len(self.items)
for h in (3, ValueError("boom"), "s"):
    for label, fn in (("join", lambda o: "-".join(o)), ("slice", lambda o: ([0, 0, 0].__setitem__(slice(0, 2), o))),
                      ("star", lambda o: (lambda a, *b: (a, b))(*o)), ("unpack_ex", None)):
        o = It(["a", "b", "c"], h)
        try:
            if fn is None:
                a, *b = o
                r = (a, b)
            else:
                r = fn(o)
            print(label, repr(h), r)
        except Exception as e:
            print(label, repr(h), type(e).__name__, e)
for label in ("join", "slice", "unpack"):
    s = Seq(["x", "y"])
    if label == "join": print("-".join(s))
    elif label == "slice":
        l = [1, 2, 3]; l[0:1] = s; print(l)
    else:
        a, *b = s; print(a, b)
for bad in (It([], 0), It(["a"], 0)):
    try:
        a, b, *c = bad
    except ValueError as e:
        print(e)
try:
    a, *b, c, d = It(["a", "b"], 0)
except ValueError as e:
    print(e)
