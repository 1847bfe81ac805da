print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([c.upper() for c in "abc"], [len(w) for w in "the quick fox".split()])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)}, sorted({c for c in "mississippi"}))
x = "outer x"
print([x for x in range(3)], x)
print([y for y in [1, 2, 3] if y != 2 for _ in range(y)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([i if i % 2 else -i for i in range(5)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i in range(2) for j in range(2) if i != j])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip("abc", range(3)) if v})
print(list(zip(*matrix)))
