def v(label, value):
    print("eval", label)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(1 < 2 > 1.5 != 3 == 3.0)
print(1 == 1 in [1] is not None)
print(0 < 0 <= 0)
x = 5
print(0 <= x < 10, 10 < x <= 20)
print("a" < "b" < "c" > "a")
print([1, 2] < [1, 3] < [2])
print((1, 2, 3) == (1, 2, 3) != (1, 2))
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] < ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None >= 0)
except TypeError as e:
    print(type(e).__name__, e)
