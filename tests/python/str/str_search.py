s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o", 0, 20))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "th")), s.endswith("dog"), s.endswith("dog", 0, 10))
print(s.startswith("quick", 4), s.find("", 5), s.find("", 100), "abc".find("c", -1), "abc".find("a", -10))
print("abc".count("", 1, 2), "".find(""), "".count(""), "abc".rfind(""), "abc".startswith(""))
for thunk in [lambda: s.index("cat"), lambda: s.rindex("zzz"), lambda: s.startswith(["a"])]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("x" in "xyz", "xz" in "xyz", "" in "abc", "abc" not in "ab")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("banana".partition("an"), "banana".rpartition("an"), "banana".partition("x"), "banana".rpartition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("banana".removeprefix("ban"), "banana".removesuffix("na"), "banana".removeprefix("x"))
