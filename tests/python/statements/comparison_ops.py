n = 1
print(n is None, None is None, [] is [], () == ())
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is not [1, 2], 2 in x, 3 not in x)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 < 2 == 2, (1 < 2) == 2, 1 < (2 == 2))
print(3 > 2 > 1 > 0, 3 > 2 < 5 > 4, 0 < 1 != 1)
print("abc" in "xabcx", ["a"] in [["a"], "b"], (1,) in {(1,): 1}, 1 in {1: "a"})
print([1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == frozenset({1, 2}), b"a" == "a")
print(True == 1 == 1.0 == (1 + 0j))
