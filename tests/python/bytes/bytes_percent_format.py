# PEP 461: bytes % args
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"%s|%b|%r|%a" % (b"x", bytearray(b"y"), b"z", "\xe9"), b"%s" % memoryview(b"mv"), b"%s" % HasBytes())
print(b"%d %i %u %x %X %o %#x %#o %+d % d %05d %-5d|" % (1, -2, 3, 255, 255, 8, 255, 8, 4, 5, 42, 7))
print(b"%f %.2f %e %.3E %g %G %10.3f|%-8.2e|" % (1.5, 2.345, 12345.678, 0.000123, 1e20, 1e-10, 3.14159, 2.5))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"), b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 2, 3.14159))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"100%%" % (), b"%s" % (b"t",), b"no args" % (), b"%r" % "str", b"%a" % 3.5)
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 1).__name__, b"%x" % 3.0 if False else b"", b"%s" % [b"l"] if False else b"")
for fmt, args in [(b"%d", b"x"), (b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d %d", (1,)),
                  (b"%d", (1, 2)), (b"%y", 1), (b"%", ()), (b"%(a)s", (1,)), (b"%(a)s", {b"b": 1}), (b"%x", 1.5), (b"%b", 1.0),
                  (b"%.*f", ("x", 1.0)), (b"%(a", {b"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
