print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(8))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", "c"])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), type(map(str, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(str.isdigit, "a1b2c3")), "".join(map(chr, [72, 105])))
