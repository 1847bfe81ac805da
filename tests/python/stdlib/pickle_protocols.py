# pickle (the pure-Python pickler over _pickle.PickleBuffer) round-trips every protocol, 0 to 5:
# builtin values, classes, recursive structures, the reduce hooks, builtin functions and methods.
import collections
import copy
import copyreg
import io
import math
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ("made with protocol %d" % proto,))


class Tagged(int):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj

    def __getnewargs_ex__(self):
        return (int(self),), {"tag": self.tag}


class Stateful:
    def __getstate__(self):
        return {"saved": 1}

    def __setstate__(self, state):
        self.restored = state


class Slotted:
    __slots__ = ("a", "b")


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b


copyreg.pickle(Pair, lambda p: (Pair, (p.b, p.a)))

values = [0, -1, 255, 65536, 2**31, -2**63, 2**100, 1.5, -0.0, float("inf"), 2j, "", "héllo \u20ac",
          b"", b"\x00\xff" * 40, bytearray(b"mutable"), None, True, False, (), (1,), (1, 2, 3, (4,)), [],
          [1, [2, [3]]], {}, {"a": 1, 2: [3]}, set(), {1, 2, 3}, frozenset({"x"}), range(2, 10, 3),
          slice(1, None, -1), Ellipsis, NotImplemented, collections.OrderedDict(b=1, a=2),
          collections.deque([1, 2], maxlen=5), collections.Counter("abca"), Point(1, 2), "x" * 70000]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(values, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == values, [type(v).__name__ for v in back][-6:])

    rec = [1, 2]
    rec.append(rec)
    d = {"self": None}
    d["self"] = d
    r, e = pickle.loads(pickle.dumps((rec, d), proto))
    print(" recursive", r[2] is r, e["self"] is e)

    shared = [1]
    a, b = pickle.loads(pickle.dumps([shared, shared], proto))
    print(" shared", a is b)

    print(" reduce", pickle.loads(pickle.dumps(Reduced(3), proto)).a,
          pickle.loads(pickle.dumps(ReducedEx(), proto)))
    t = pickle.loads(pickle.dumps(Tagged(7, "seven"), proto))
    print(" newargs_ex", type(t).__name__, int(t), t.tag)
    print(" setstate", pickle.loads(pickle.dumps(Stateful(), proto)).restored)
    s = Slotted()
    s.a = 1
    try:
        s2 = pickle.loads(pickle.dumps(s, proto))
        print(" slots", s2.a, hasattr(s2, "b"))
    except TypeError as e:
        print(" slots TypeError", e)
    p = pickle.loads(pickle.dumps(Pair(1, 2), proto))
    print(" copyreg", p.a, p.b)
    funcs = pickle.loads(pickle.dumps([len, math.sqrt, io.open, [5].append, "-".join, int.from_bytes,
                                       dict.fromkeys, str.maketrans, list.append, int.__add__,
                                       (3).__add__, object.__init__, Point(0, 0).__eq__], proto))
    print(" functions", funcs[0]([1]), funcs[1](16.0), funcs[4](["a", "b"]), funcs[5](b"\x01\x00", "little"),
          funcs[6]("ab"), funcs[7]("a", "b"), funcs[9](1, 2), funcs[10](4), funcs[12](Point(0, 0)))
    print(" types", pickle.loads(pickle.dumps([int, type(None), type(...), type(NotImplemented), Point], proto)))

print(len(pickle.dumps(list(range(1000)))) < 3000, pickle.DEFAULT_PROTOCOL)
f = io.BytesIO()
pickle.dump({"k": [1, 2]}, f)
f.seek(0)
print(pickle.load(f))

# protocol 5 buffers, in band and out of band
buf = pickle.PickleBuffer(bytearray(b"abcdef"))
print(bytes(buf), bytes(buf.raw()), memoryview(buf).readonly)
print(pickle.loads(pickle.dumps(buf, protocol=5)))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(b"ro"), protocol=5)))
out = []
data = pickle.dumps([pickle.PickleBuffer(b"12345"), 6], protocol=5, buffer_callback=out.append)
print(len(out), pickle.loads(data, buffers=out)[1], bytes(pickle.loads(data, buffers=out)[0]))
try:
    pickle.dumps(buf, protocol=4)
except pickle.PicklingError as e:
    print("PicklingError", e)
buf.release()
try:
    buf.raw()
except ValueError as e:
    print("ValueError", e)

# deep copies go through the same reduce protocol
orig = [len, math.sqrt, {1: [2]}, Point(3, 4), slice(1, 2)]
dup = copy.deepcopy(orig)
print(dup[0] is len, dup[1] is math.sqrt, dup[2] == orig[2] and dup[2] is not orig[2], dup[3], dup[4])

# BytesIO.getbuffer, which the protocol 4 framing uses
b = io.BytesIO(b"abc")
view = b.getbuffer()
view[0] = ord("X")
print(b.getvalue(), len(view))
for op in (lambda: b.write(b"d"), lambda: b.truncate(0), b.close):
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
view.release()
b.write(b"d")
print(b.getvalue())
