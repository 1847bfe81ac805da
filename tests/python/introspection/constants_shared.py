# Constants of one compilation unit are one object per value (CPython's compiler merges them,
# merge_consts_recursive), and str constants made of name characters are interned
# (intern_string_constants), as are names: identity that programs can observe with `is`.
import sys


def s1(): return "abc"
def s2(): return "abc"
def w1(): return "a b!"
def w2(): return "a b!"
def f1(): return 1.5
def f2(): return 1.5
def z1(): return 0.0
def z2(): return -0.0
def n1(): return 1
def n2(): return 1.0
def t1(): return (1, "z", (2.5, None))
def t2(): return (1, "z", (2.5, None))
def b1(): return 10 ** 20
def b2(): return 10 ** 20
def y1(): return b"xy"
def y2(): return b"xy"
def c1(): return 2j
def c2(): return 2j
def item(): return "z"


print("str", s1() is s2(), "spaced str", w1() is w2())
print("float", f1() is f2(), "zeros apart", z1() is z2(), repr(z2()))
print("int and float apart", n1() is n2(), type(n1()).__name__, type(n2()).__name__)
print("tuple", t1() is t2(), "tuple item", t1()[1] is item())
print("big int", b1() is b2(), "bytes", y1() is y2(), "complex", c1() is c2())

made = "".join(["a", "b", "c"])
print("made is constant", made is s1(), "interned is constant", sys.intern(made) is s1())
spaced = "".join(["a b", "!"])
print("spaced interned is constant", sys.intern(spaced) is w1())


class C:
    attribute_name = 1


key = [k for k in C.__dict__ if k == "attribute_name"][0]
print("name interned", sys.intern("".join(["attribute", "_name"])) is key)

# another compilation unit: its name-like constants are the interned ones, the others its own
ns = {}
exec("a = 'abc'\nb = 'a b!'\nc = 1.5", ns)
print("exec str", ns["a"] is s1(), "exec spaced", ns["b"] is w1(), "exec float", ns["c"] is f1())

# NaNs of either sign stay apart (their bits, not float equality, key the merge); names are the
# interned objects as Python code reads them
import math
def nan1(): return 1e400 - 1e400
def nan2(): return -(1e400 - 1e400)
def nan3(): return (1e400 - 1e400,)
def nan4(): return (-(1e400 - 1e400),)
print("nan signs", math.copysign(1, nan1()), math.copysign(1, nan2()), nan1() is nan2(),
      math.copysign(1, nan3()[0]), math.copysign(1, nan4()[0]), nan3() is nan4())
def reads(a): return a.zz_attr1
print("co_names interned", reads.__code__.co_names[0] is sys.intern("".join(["zz_", "attr1"])))
