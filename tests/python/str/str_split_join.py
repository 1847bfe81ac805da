print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","))
print("  one  two\tthree\n".split(), "  one  two  ".split(None, 1), "  one  two  ".rsplit(None, 1))
print("".split(), "   ".split(), "a b".split(" "), "a  b".split(" "), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e\x85f".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("a:b:c".split(":", maxsplit=0), "a:b:c".split(sep=":", maxsplit=-1), "a b c".rsplit(maxsplit=1))
