# split/rsplit/splitlines/partition/strip family/removeprefix/join
b = b"  one two\tthree\n four  "
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.rsplit(maxsplit=0), b"".split(), b"   ".split())
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 2), b"a,b".split(b",", 0), b"a::b::c".split(b"::"), b"".split(b","))
print(b"a,b,c".split(sep=b",", maxsplit=1), b"abc".split(bytearray(b"b")), bytearray(b"x y").split(), b"a\x0bb\x0cc\x1cd".split())
print(b"l1\nl2\r\nl3\rl4".splitlines(), b"l1\nl2\r\n".splitlines(True), b"x\n\n".splitlines(keepends=True), b"".splitlines())
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(bytearray(b"k:v").partition(b":"), b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xxaxx".strip(b"x"))
print(b"\t\n x \r\x0b\x0c".strip(), b"abcba".strip(b"ab"), b"abc".lstrip(b"cba"), b"abc".rstrip(None), bytearray(b" y ").strip())
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"body.py".removesuffix(b".py"), b"a".removesuffix(b""))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]), b"-".join(iter([b"z"])))
for thunk in [lambda: b"a".split(b""), lambda: b"a".split(","), lambda: b"a".split(1), lambda: b"a".partition(b""),
              lambda: b"a".strip("a"), lambda: b"a".split(b",", "x"), lambda: b",".join([b"a", "b"]), lambda: b",".join(5),
              lambda: b"a".split(b",", 1, 2), lambda: b"a".split(x=1), lambda: b"a".strip(b"a", b"b"),
              lambda: b"a".removeprefix("a"), lambda: b"a".splitlines(1, 2), lambda: b"a".rpartition("a")]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
