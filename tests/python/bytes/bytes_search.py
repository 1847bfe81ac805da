# find/index/count/startswith/endswith/replace with int and bytes needles, start/end, tuples
b = b"abracadabra"
print(b.find(b"a"), b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -3), b.find(b"zz"), b.find(97), b.find(b""))
print(b.find(b"", 11), b.find(b"", 12), b.rfind(b"a"), b.rfind(b"a", 0, -1), b.rfind(b""), b.rfind(98, 0, 5))
print(b.index(b"bra"), b.rindex(b"bra"), b.count(b"a"), b.count(b"a", 2, 8), b.count(b""), b.count(b"", 5), b.count(97))
print(b.find(b"a", None, None), b.find(bytearray(b"cad")), b.find(memoryview(b"dab")), b.count(b"abra"), b.count(b"", 20))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")), b.startswith(b""), b.startswith(b"", 20))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"a",)), b.endswith(()), b.endswith(b"a", -1), b.endswith(b"abra", 8))
print(b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.replace(b"", b"-"), b.replace(b"", b"-", 3), b.replace(b"x", b"y"))
print(b.replace(b"abra", b"ABRA", -1), b.replace(bytearray(b"c"), memoryview(b"C")), b"aaaa".replace(b"aa", b"b"))
print(bytearray(b).find(b"d"), bytearray(b).replace(b"a", b"o"), bytearray(b).count(97), 98 in bytearray(b), b"cad" in bytearray(b))
for thunk in [lambda: b.find("a"), lambda: b.find(256), lambda: b.find(-1), lambda: b.index(b"z"), lambda: b.rindex(120),
              lambda: b.count(), lambda: b.find(b"a", 1, 2, 3), lambda: b.startswith("a"), lambda: b.startswith(["a"]),
              lambda: b.endswith((b"a", "b")), lambda: b.find(b"a", "x"), lambda: b.replace("a", b"b"),
              lambda: b.replace(b"a"), lambda: "a" in b, lambda: 300 in b, lambda: None in b, lambda: bytearray(b).index(b"q")]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
