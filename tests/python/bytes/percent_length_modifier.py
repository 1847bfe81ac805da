# %-formatting skips one C length modifier (h, l, L) before the conversion; a second one is the
# conversion character, and unsupported, for str and bytes alike.
for f in ("%ld", "%lld", "%hd", "%Ld", "%hhd", "%lL d", "%5.2lf", "%-4hx|", "%l", "%lz"):
    for x in (f, f.encode()):
        for arg in (1, 2.5):
            try:
                print(repr(x), arg, repr(x % arg))
            except (ValueError, TypeError) as e:
                print(repr(x), arg, type(e).__name__, e)
