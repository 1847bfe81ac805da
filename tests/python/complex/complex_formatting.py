z = 3.14159 - 2.71828j
print(f"{z}", f"{z:.2f}", f"{z:10.1f}|", f"{z:<24}|", f"{z:+.3e}", f"{z:g}", f"{z:.0f}")
print(format(1j, ""), format(1j, "g"), format(-1j, ".1f"), format(complex(1, 0), ".2f"), format(0j, "5"))
print(str(complex(1e-10, 1e10)), repr(complex(123456789.0, 0.5)), str(1 + 1e16j))
try:
    format(1j, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "010")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
print("%s %r" % (1j, 2 + 3j))
