print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u" % (42, -3, 7), "%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1234.5, 1234.5, 1234.5, 0.00001234))
print("%c%c" % (72, "i"), "%%", "%r %a" % ("é", "é"), "%s" % [1, "a"], "%s" % (("tuple",),))
print("%(name)s has %(count)03d items" % {"name": "box", "count": 7})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%+d % d %05.1f %-6.2f|" % (5, 5, 2.5, 1.25), "%.0e" % 12345, "%#.0f" % 3)
print("%s" % None, "%d" % True, "%s %s" % (1, 2.0), "%.3s" % "abcdef")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1),
                  ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%", ()), ("%(a", {"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("no format" % (), "%s" % "only")
try:
    print("no format" % ("extra",))
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"k": 1}, "%(k)s" % {"k": 1}, "%d%%" % 50)
