print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-(2 ** 100)))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[], 1]), all(x > 0 for x in [1, 2]))
print(any([]), any([0, 0.0, ""]), any([0, "x"]), any(iter([None, 1])), any({0: 1}))
def noisy(v):
    print("check", v)
    return v
print(all(noisy(v) for v in [1, 0, 1]), any(noisy(v) for v in [0, 2, 0]))
for f in (all, any):
    try:
        f(5)
    except TypeError as e:
        print(type(e).__name__, e)
