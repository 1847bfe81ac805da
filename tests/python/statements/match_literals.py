def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, 1, 3, -1, 1.5, 2j, "hello", b"raw", True, False, None, 1.0, "x", 99]:
    print(repr(v), describe(v))

# True matches by identity: 1 is not True.
match 1:
    case True:
        print("1 matched True")
    case _:
        print("1 did not match True")
match 0.0:
    case 0:
        print("0.0 matches 0 by equality")
