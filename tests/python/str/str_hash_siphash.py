# hash() of str is SipHash-1-3 over the PEP 393 form; the expected output is CPython's under
# PYTHONHASHSEED=0, which the harness gives Taipan too (this program is seed-dependent on purpose).
words = ["", "a", "b", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "x" * 100,
         "\xe9", "caf\xe9", "\xff\xfe", "\u0100", "\u4e2d\u6587", "a\u4e2d", "\uffff", "\ud800", "a\udfff",
         "\U0001F600", "a\U0001F600", "\U0010FFFF", "\u20ac" * 9, "0", "-1", "__init__", "None"]
for w in words:
    print(ascii(w), hash(w))
print(hash("") == 0, hash("abc") == hash("ab" + "c"), hash("\xe9") == hash(chr(233)))


class S(str):
    pass


print(hash(S("abc")) == hash("abc"))
L = ["a", "b", "c", "d", "e", "foo", "bar", "baz", "qux", "\xe9", "\u4e2d", "\U0001F600"]
s = set()
for x in L:
    s.add(x)
print(list(s), list(set(L)) == list(s), list(frozenset(L)))
d = {}
for i in range(40):
    d["k%d" % i] = i
s = set(d)
print(list(s))
print(list(frozenset(["spam", "eggs", "ham", "bacon"])))
for i in range(3):
    s.discard("k%d" % (i * 7))
print(list(s)[:10])
