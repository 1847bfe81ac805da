words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w): w for w in words})
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
print({(i, j): i * j for i in range(3) for j in range(i)})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(2)}
print(nested)
squares = {x: x * x for x in range(-3, 4)}
print(squares, {v for v in squares.values()} == {0, 1, 4, 9})
print(dict.fromkeys(sorted(set("mississippi")), 0))
