s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "".replace("", "x"), s.replace("one", "", -1))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc".translate(table), "abcdef".translate(table))
table2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "12", "xyz")
print("axbycz".translate(table3))
print("hello".translate({ord("l"): 76}), "hello".translate({}))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("education".translate(Upper()))
for args in [("abc", "xy"), (5,), ({"ab": 1},), ({1: 2}, "x")]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
