# str.maketrans: table building and every argument error, with CPython's messages.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: str.maketrans({"a": "b", 98: None, "c": 100}))
show(lambda: str.maketrans({True: 1, "x": 2}))
show(lambda: str.maketrans("abc", "xyz"))
show(lambda: str.maketrans("ab", "xy", "cd"))
show(lambda: str.maketrans("", ""))
show(lambda: "".maketrans({}))
show(lambda: str.maketrans())
show(lambda: str.maketrans(5))
show(lambda: str.maketrans([("a", "b")]))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans(1, "a"))
show(lambda: str.maketrans({}, "a"))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans("a", "b", 3))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans("a", "b", "c", "d"))
show(lambda: str.maketrans(x=1))
print("hello".translate(str.maketrans("lo", "01", "h")))
