def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [0, *_]:
            return "starts with zero"
        case [*_, 0]:
            return "ends with zero"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in between)"
        case (a, b) | [a, b, _]:
            return f"two or three: {a}, {b}"
        case _:
            return "other"

for s in [[], [5], [3, 3], [0, 1, 2], [1, 2, 0], list(range(1, 7)), (1, 2), [7, 8, 9], [1, 2, 3, 4], "xy", {1: 2}]:
    print(repr(s), "->", shape(s))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"I don't know how to {verb}"

for text in ["go north", "go up", "take lamp key", "take", "quit", "exit", "", "dance wildly"]:
    print(repr(text), "->", command(text))

match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print("nested", a, b, c, d)

match range(3):
    case [0, 1, 2]:
        print("range matches a sequence pattern")

match [1, 2]:
    case [1, 2, *rest]:
        print("rest is", rest)
