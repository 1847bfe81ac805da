for x in [-2, 0, 3]:
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")

def side(label, value):
    print("eval", label)
    return value

print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
f = (lambda: "L") if True else None
print(f())
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
