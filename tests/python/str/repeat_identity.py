# An exact str, bytes or tuple repeated once is the object itself (unicode_repeat, bytes_repeat,
# tuplerepeat); a subclass instance gives a new object of the base type.
s = "abc" * 2
b = bytes(range(4))
t = (1, 2)
print(s * 1 is s, 1 * s is s, b * 1 is b, t * 1 is t)
print(s * 2 is s, b * 2 is b, len(s * 0), len(b * -1))
e = bytes()
print(e * 5 is e, e * 5 == b"")


class S(str):
    pass


class B(bytes):
    pass


x, y = S("ab"), B(b"ab")
print(type(x * 1).__name__, x * 1 is x, type(y * 1).__name__, y * 1 is y)
