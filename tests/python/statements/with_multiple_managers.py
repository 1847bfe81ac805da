# with: several managers, enter/exit order, exception details passed to __exit__, suppression, errors
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p") as p,
      CM("q")):
    print("paren body", p)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("after suppression")
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with CM("m", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def early():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                return "returned at 1"
            continue
print(early())
for i in range(2):
    with CM("br"):
        break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise ValueError("suppressed by truthy string")
print("truthy suppresses")
class Targets:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
d = {}
with Targets() as (x, [y, z]):
    print(x, y, z)
with Targets() as d["k"]:
    pass
print(d)
try:
    with CM("gen"):
        raise StopIteration("si")
except StopIteration as e:
    print(type(e).__name__, e)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
with ExitArgs():
    pass
with CM("last"):
    {}["k"]
