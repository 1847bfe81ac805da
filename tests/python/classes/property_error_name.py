class P:
    def __init__(self): self.x = 0
def g(s): return 1
P.y = property(g)
P.z = property(lambda s: 2)
class Q:
    w = property(g)
for o, n in ((P(), 'y'), (P(), 'z'), (Q(), 'w')):
    try:
        setattr(o, n, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print(e)
p = property()
try:
    p.__get__(P(), P)
except AttributeError as e:
    print(e)
