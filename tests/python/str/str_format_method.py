print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{{literal}} {}".format(1), "{:{width}.{prec}f}".format(2.71828, width=10, prec=2))
print("{:,} {:_} {:+} {: } {:#x} {:#b} {:c} {:%}".format(10 ** 6, 10 ** 6, 5, 5, 255, 5, 97, 0.25))
print("{:=10d}|{:=+10d}|{:<010d}".format(-42, 42, 7))
print(format("text", ">10"), format("text", "<3"), format("text", ".2"), format(True, ""), format(True, "d"))
class Obj:
    attr = "attribute"
    items = ["zero", "one"]
print("{0.attr} {0.items[1]}".format(Obj()), "{a.attr}".format(a=Obj()))
print("{0:{1}}".format("nested", "^12") + "|")
for fmt, args, kwargs in [("{}", (), {}), ("{1}", ("a",), {}), ("{x}", (), {}), ("{0.missing}", (1,), {}),
                          ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}),
                          ("{0}{}", (1, 2), {}), ("{!x}", (1,), {}), ("{:>>>}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0}{0}".format("dup"), "{:s}".format("s"), "{}".format(None), "{:10}|".format(None) if False else "")
print("{k}".format_map({"k": "mapped"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
