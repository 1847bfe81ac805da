# Equality of str, int and float elements inside containers (list/tuple/dict comparison, `in`,
# index, count, remove), where the runtime answers for exact builtin scalars without the slot
# call. Edge cases: NaN (unequal to itself unless the same object), -0.0 == 0.0, big ints,
# non-ASCII and non-BMP text, lone surrogates, equal strings built separately, and subclasses
# whose __eq__ must still run.

nan = float("nan")
print([nan] == [nan], [nan] == [float("nan")], [nan] != [float("nan")])
print((nan,) == (nan,), {"k": nan} == {"k": nan}, {"k": nan} == {"k": float("nan")})
print([0.0] == [-0.0], [1.5] == [1.5], [1.5] != [1.25])
print(float("nan") in [float("nan")], nan in [nan], [nan, 1.0].count(float("nan")))
print([2 ** 100] == [2 ** 100], [2 ** 100] == [2 ** 100 + 1], [-(2 ** 70)] != [-(2 ** 70)])
print([10 ** 30 // 10 ** 29] == [10], [1] == [1.0], [1] == [True], ["1"] == [1])

a = "".join(["caf", "\u00e9"])
b = "caf\u00e9"
print([a] == [b], a is b, {a: 1} == {b: 1}, (a, 2) == (b, 2))
s1 = "".join(["snow", "\u2603", "\U0001F600"])
s2 = "snow\u2603\U0001F600"
print([s1] == [s2], [s1] != [s2], [s1] == ["snow\u2603\U0001F601"])
lone1 = "".join(["x", "\ud800"])
lone2 = "x\ud800"
print([lone1] == [lone2], [lone1] == ["x\udc00"], ["\ud83d\ude00"] == ["\U0001F600"])
print(["abc"] < ["abd"], ["abc"] > ["ab"], ("\uffff",) < ("\U00010000",), [""] == [""])
print({"k": "v" * 3} == {"k": "vvv"}, {"k": "vvv"} != {"k": "vv"})


class LoudStr(str):
    def __eq__(self, other):
        print("LoudStr.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Never(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


class AlwaysInt(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class FloatSub(float):
    def __eq__(self, other):
        print("FloatSub.__eq__")
        return float.__eq__(self, other)

    __hash__ = float.__hash__


print([LoudStr("ab")] == ["ab"])
print(["ab"] == [LoudStr("ab")])
print([Never("x")] == ["x"], ["x"] == [Never("x")], Never("x") in ["x"])
print([AlwaysInt(1)] == [2], [2] == [AlwaysInt(1)], [AlwaysInt(5)].count(7))
print([FloatSub(0.5)] == [0.5])
print({"a": LoudStr("v")} == {"a": "v"})

words = ["alpha", "beta", "gamma", "beta"]
built = "".join(["be", "ta"])
print(built in words, words.index(built), words.count(built))
words.remove(built)
print(words)
nums = [1.0, 2 ** 64, -3, float("inf")]
print(nums.index(2 ** 64), nums.index(float("inf")), 2 ** 64 + 0.0 in nums, nums.count(-3))

doc = [{"name": "caf\u00e9", "n": 3, "x": 0.1, "tags": ["a", "b"]}, {"name": "snow\u2603", "n": -1}]
rt = [{"name": "".join(["caf", "\u00e9"]), "n": 1 + 2, "x": 1 / 10, "tags": ["".join(["a"]), "b"]},
      {"name": "snow" + "\u2603", "n": -1}]
print(doc == rt, doc != rt)
rt[1]["n"] = -2
print(doc == rt, doc != rt)
print(str.__eq__("a", 1), str.__ne__("a", "a"), "a".__lt__(1), str.__eq__("é", "".join(["é"])))
