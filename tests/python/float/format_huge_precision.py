# Float formatting with precisions far beyond a double's digits: the exact expansion padded with
# zeros (no rounding happens past its last digit), for %-formatting, format() and str.format,
# and precisions beyond a C int refused with "precision too big".
import hashlib


def digest(s):
    return len(s), hashlib.sha256(s.encode()).hexdigest()[:16]


values = [1.5, -0.1, 5e-324, 1e300, 2.0 ** -1074 * 3, 123456.789, 0.0, -0.0]
for p in (100000, 10**6):
    for v in values:
        s = "%.*f" % (p, v)
        print("%.{}f".format(p), repr(v), digest(s), s[:30], s[-3:])
        assert s == format(v, ".%df" % p) == "{:.{}f}".format(v, p)
    for v in (1.5, 5e-324, 1e300):
        print("e", p, repr(v), digest("%.*e" % (p, v)), digest(format(v, ".%dE" % p)))
        print("g", p, repr(v), ("%.*g" % (p, v))[:40], digest(format(v, "#.%dg" % p)))
        print("%", p, repr(v), digest(format(v, ".%d%%" % p)))
print(digest("%.1000000f" % 0.1)[0], ("%.1100f" % 0.1)[1040:1070])
print(digest(format(complex(1.5, -2.25), ".100000f")))
print(digest("%-1000005.1000000f|" % 2.5), digest("%01000005.1000000f" % -2.5))

for spec in (".2147483648f", ".2147483648e", ".2147483648g", ".99999999999999999999f", "10.2147483648f"):
    for v in (1.5, complex(1, 2)):
        try:
            format(v, spec)
        except Exception as e:
            print(spec, type(v).__name__, type(e).__name__, e)
for fmt in ("%.2147483648f", "%.2147483648e", "%.99999999999999999999g"):
    try:
        fmt % 1.5
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(format(1.5, ".2147483647g"), "%.2147483647g" % 0.25, "{:.2147483648}".format("abc"))
try:
    format(7, ".2147483648d")
except ValueError as e:
    print(e)
