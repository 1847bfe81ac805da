print(str(0), str(-0), str(12345678901234567890123), repr(-42))
print(str(2 ** 3000)[:20], len(str(2 ** 3000)))
print(f"{1234567:,}", f"{1234567:_}", f"{-42:+d}", f"{42: d}", f"{42:08d}", f"{-42:08d}")
print(f"{255:x}", f"{255:X}", f"{255:#x}", f"{255:#o}", f"{255:#b}", f"{255:b}")
print(f"{10 ** 20:,}", f"{0xdeadbeef:_x}", f"{42:>6}|{42:<6}|{42:^6}|", f"{42:*^9}")
print(f"{65:c}", f"{42:e}", f"{42:.2f}", f"{42:%}", f"{42:g}", f"{42:n}")
print(format(-1234, ","), format(1234, "=+8"), format(5, "#010b"))
try:
    format(42, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(42, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(42, ",x")
except ValueError as e:
    print(type(e).__name__, e)
print("%d %i %5d %-5d| %05d %x %X %o %+d" % (1, 2, 3, 4, 5, 255, 255, 8, 9))
print("%d" % 3.99, "%s" % 10 ** 25, "%r" % 7)
print(int("1" * 100) % 9)
