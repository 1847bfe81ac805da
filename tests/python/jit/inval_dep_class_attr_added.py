# An instance attribute read in a traced loop; then the class, and then a base class, get a data
# descriptor of the same name (which wins over the instance value), later removed again.
class Base:
    pass


class P(Base):
    def __init__(self):
        self.x = 1


def total(p, n):
    t = 0
    for i in range(n):
        t += p.x
    return t


p = P()
print(total(p, 1500))
P.x = property(lambda self: 100)
print(total(p, 1500))
del P.x
print(total(p, 1500))
Base.x = property(lambda self: 7)
print(total(p, 1500))
del Base.x
print(total(p, 1500))
P.y = 5  # an unrelated attribute: same result
print(total(p, 1500))
