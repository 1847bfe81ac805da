# Small pure-Python modules: reprlib's abbreviated reprs and recursive_repr, colorsys conversions.
import colorsys
import reprlib

r = reprlib.Repr()
r.maxlist = 3
print(r.repr(list(range(10))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children})"


print(Node())
print([round(v, 6) for v in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)])
print([round(v, 6) for v in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
print([round(v, 6) for v in colorsys.rgb_to_yiq(1.0, 0.5, 0.25)])
