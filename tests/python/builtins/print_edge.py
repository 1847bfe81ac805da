print("a", 1, None, True, 2.5, [1, "b"], (1,), {"k": "v"}, {1}, b"x", 3j, sep=" | ")
print(*[], sep="X")
print("", end="")
print("multi\nline")
print("tab\tand\\backslash")
print("unicode: \u00e9 \u4e2d \U0001F600")
print(repr("unicode: \u00e9"), ascii("unicode: \u00e9"))
print(1, end=" ")
print(2, end=" ")
print(3)
print(sep="", end="empty call with end\n")
class P:
    def __str__(self):
        return "str-of-P"
    def __repr__(self):
        return "repr-of-P"
print(P(), [P()], (P(),), {"p": P()}, f"{P()}", f"{P()!r}")
