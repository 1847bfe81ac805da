class NoExit:
    def __enter__(self):
        return 1

class NoEnter:
    def __exit__(self, *a):
        pass

for obj in (NoExit(), NoEnter(), 42):
    try:
        with obj:
            print("body")
    except Exception as e:
        print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")

try:
    with EnterFails():
        print("no body")
except RuntimeError as e:
    print("caught", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise ValueError("from exit")

try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"  # truthy: suppresses

with Truthy():
    raise IndexError
print("suppressed by truthy value")

order = []
class Rec:
    def __init__(self, n): self.n = n
    def __enter__(self):
        order.append("enter%d" % self.n)
    def __exit__(self, *a):
        order.append("exit%d" % self.n)
with Rec(1), Rec(2), Rec(3):
    order.append("body")
print(order)
