s = "héllo wörld"
print([c for c in s if not c.isascii()], list(enumerate("abc")), "".join(sorted("taipan")))
print("a" < "b" < "ba" < "bb", "Z" < "a", "" < "a", "abc" < "abcd", "é" > "e", "\U0001F600" > "\uffff")
print(max(["apple", "Apple", "banana"]), min("zebra"), sorted(["b", "B", "a", "A", "_", "1"]))
print("ab" * 3 == "ababab", "-".join("abc") == "a-b-c", "abc"[::-1], "a,b".split(",")[::-1])
words = "the quick brown fox".split()
print([w[::-1] for w in words], [w.capitalize() for w in words], " ".join(reversed(words)))
print(s.count("l"), s.index("w"), s.upper(), len(s), len(s.encode()), s.encode("utf-8")[:4])
print(str(123).zfill(6), str(-5).rjust(4, "0"), f"{'x':->5}", "abc".center(9, "."))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), max(counts, key=lambda k: (counts[k], k)))
print("Hello, World".swapcase(), "hello world".title(), "HELLO".lower().capitalize())
print(repr("a\0b"), repr("\x7f"), repr("\u00ad"), repr("\u200b"), repr("\ufeff"), repr("\U000e0001"))
