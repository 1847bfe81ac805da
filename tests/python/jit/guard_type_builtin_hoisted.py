# A GUARD_TYPE on a loop-invariant set, list or dict moves out of a loop whose body runs Python code
# (a key's __hash__/__eq__): only instances of Python classes take __class__ assignment, so the
# container's type cannot change; an instance's can, and its guard stays in the loop.

class Key:
    def __init__(self, v, box):
        self.v = v
        self.box = box

    def __hash__(self):
        try:
            self.box.__class__ = list   # a set's type is fixed: TypeError every time
        except TypeError as e:
            self.box_error = str(e)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def fill(n):
    seen = set()
    keys = []
    for i in range(n):
        k = Key(i % 97, seen)
        seen.add(k)
        keys.append(k)
    return len(seen), keys[-1].box_error


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class Flip:
    def __init__(self, target, at):
        self.target = target
        self.at = at

    def __hash__(self):
        if self.at == 0:
            self.target.__class__ = B   # an instance's type does change
        self.at -= 1
        return 7


def instance_type_changes(n):
    a = A()
    d = {}
    out = []
    flip = Flip(a, n // 2)
    for i in range(n):
        d[flip] = i
        out.append(a.who())
    return out.count("A"), out.count("B"), type(a).__name__


print(fill(3000))
print(instance_type_changes(3000))
print(instance_type_changes(40))
