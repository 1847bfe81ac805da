def f(x):
    match x:
        case [a]:
            return "one", a
        case [a, b]:
            return "two", a, b
        case [a, *rest]:
            return "many", a, rest
        case (a, b, c) if a > c:
            return "never reached", a
        case _:
            return "no match"

for v in [[1], (1, 2), [1, 2, 3, 4], [], "ab", range(2), 5]:
    print(repr(v), f(v))

# Strings, bytes and bytearrays are not sequences for patterns.
match "ab":
    case [x, y]:
        print("string matched")
    case str() as s:
        print("string", s)

# Capture with as, walrus-like binding stays after match.
match [1, [2, 3]]:
    case [x, [y, z] as inner]:
        print(x, y, z, inner)
print("x after match", x)

# Star in the middle.
match list(range(7)):
    case [first, *middle, last]:
        print(first, middle, last)

match (1, 2):
    case [*_, 2]:
        print("ends with 2")
