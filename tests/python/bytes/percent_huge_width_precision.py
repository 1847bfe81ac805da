# Widths and precisions beyond what CPython's C types hold, in bytes (and str) %-formatting and
# format specs: a digit precision past INT_MAX is "prec too big" (bytes) / "precision too big"
# (str), a digit width past PY_SSIZE_T_MAX "width too big"; an integer precision past INT_MAX-3
# is "precision too large"; a * precision past a C int and a * width past a ssize_t overflow;
# the most negative * width (whose negation stays negative) pads nothing. No case here builds a
# huge result.
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, e)

args = {"d": 1, "i": 1, "u": 1, "x": 1, "X": 1, "o": 1, "f": 1.5, "e": 1.5, "g": 1.5, "F": 1.5, "E": 1.5, "G": 1.5,
        "s": b"ab", "b": b"ab", "r": "ab", "a": "ab", "c": 97}
for n in (2147483648, 99999999999, 10**30, 2**63, 2**64):
    for c, v in args.items():
        t("b'%%.%d%s'" % (n, c), lambda: ("%%.%d%s" % (n, c)).encode() % v)
        if c != "b":
            t("'%%.%d%s'" % (n, c), lambda: "%%.%d%s" % (n, c) % (v.decode() if isinstance(v, bytes) else v))
for n in (2**63, 2**64, 10**30):
    for c, v in args.items():
        t("b'%%%d%s'" % (n, c), lambda: ("%%%d%s" % (n, c)).encode() % v)
        t("b'%%-%d.1%s'" % (n, c), lambda: ("%%-%d.1%s" % (n, c)).encode() % v)
        if c != "b":
            t("'%%%d%s'" % (n, c), lambda: "%%%d%s" % (n, c) % (v.decode() if isinstance(v, bytes) else v))
for n in (2147483645, 2147483646, 2147483647):
    for c in "dixXou":
        t("b'%%.%d%s'" % (n, c), lambda: ("%%.%d%s" % (n, c)).encode() % 1)
        t("'%%.%d%s'" % (n, c), lambda: "%%.%d%s" % (n, c) % 1)
for n in (2147483648, 99999999999, 2**63, 2**64, -2147483649, -2**63 - 1, -2**64):
    for c, v in (("d", 1), ("s", b"a"), ("f", 1.5), ("c", 97), ("x", 255)):
        sv = v.decode() if isinstance(v, bytes) else v
        t("b'%%.*%s' %d" % (c, n), lambda: ("%%.*%s" % c).encode() % (n, v))
        t("'%%.*%s' %d" % (c, n), lambda: "%%.*%s" % c % (n, sv))
    if n > 2**62 or n < -2**62:
        for c, v in (("d", 1), ("s", b"a"), ("f", 1.5), ("c", 97), ("x", 255)):
            sv = v.decode() if isinstance(v, bytes) else v
            t("b'%%*%s' %d" % (c, n), lambda: ("%%*%s" % c).encode() % (n, v))
            t("'%%*%s' %d" % (c, n), lambda: "%%*%s" % c % (n, sv))
for c, v in (("d", 1), ("s", b"a"), ("f", 1.5), ("c", 97), ("x", 255), ("r", "a")):
    sv = v.decode() if isinstance(v, bytes) else v
    t("b'%%*%s' -2**63" % c, lambda: ("%%*%s|" % c).encode() % (-2**63, v))
    t("'%%*%s' -2**63" % c, lambda: "%%*%s|" % c % (-2**63, sv))
    t("b'%%-*%s' -2**63" % c, lambda: ("%%-*%s|" % c).encode() % (-2**63, v))
    t("b'%%*.*%s' -2**63 2" % c, lambda: ("%%*.*%s|" % c).encode() % (-2**63, 2, v))
# the digits are checked as they are read: before the argument is looked at
t("prec too big, bad arg", lambda: b"%.99999999999d" % "x")
t("width too big, bad arg", lambda: b"%99999999999999999999d" % "x")
t("prec too big, no arg", lambda: b"%.99999999999d" % ())
t("width too big, mapping", lambda: b"%(a)99999999999999999999d" % {"a": 1})
t("prec too big, mapping", lambda: b"%(a).99999999999s" % {"a": b"x"})
t("* width not int", lambda: b"%*d" % (1.5, 1))
t("* prec not int", lambda: b"%.*d" % ("2", 1))
t("bytearray prec", lambda: bytearray(b"%.2147483648d") % 1)
t("bytearray width", lambda: bytearray(b"%99999999999999999999s") % b"a")
# format specs
for n in (2**31, 99999999999, 10**30, 2**63, 2**64):
    for spec in ("%d", ".%d", "%d.1", ".%df", ",.%df", "0%d", ".%de", "%d.%d", ".%ds", "%dd"):
        if spec.startswith(".") or n > 2**62:
            s = spec.replace("%d", str(n))
            for v in (1, 1.5, "a", 1j, 10**40, b"x".decode()):
                t("format(%r, %r)" % (v, s), lambda: format(v, s))
            t("'{:%s}'.format(1.5)" % s, lambda: ("{:" + s + "}").format(1.5))
    t("f'{1:%d}'" % n, lambda: eval("f'{1:.%d}'" % n))
