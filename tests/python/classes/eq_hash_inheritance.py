class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print(f"P.__eq__({type(self).__name__}, {type(other).__name__})")
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
    def __hash__(self):
        return hash(self.x)

class Q(P):
    def __eq__(self, other):
        print(f"Q.__eq__({type(self).__name__}, {type(other).__name__})")
        return super().__eq__(other)

print(P(1) == Q(1))
print(Q(1) == P(1))
print(P(1) != P(2))
print(P(1) == 1)
print(1 == P(1))
print(Q.__hash__ is None, hash(P(5)) == hash(5))
print({P(1): "a"}.get(P(1)))

class NoHashChild(P):
    def __eq__(self, other):
        return True
print(NoHashChild.__hash__)

class KeepHash(P):
    def __eq__(self, other):
        return True
    __hash__ = P.__hash__
print(hash(KeepHash(3)) == hash(3))
