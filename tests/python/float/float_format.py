x = 1234.56789
print(f"{x}", f"{x:.2f}", f"{x:10.3f}|", f"{x:<10.1f}|", f"{x:^12.2f}|", f"{x:+.0f}")
print(f"{x:e}", f"{x:.3E}", f"{x:g}", f"{x:.3g}", f"{x:G}", f"{x:%}", f"{x:.1%}")
print(f"{x:,.2f}", f"{x:_.3f}", f"{x:015.4f}", f"{-x:015.4f}", f"{x:=+15.2f}")
print(f"{0.000012345:g}", f"{123456789.0:g}", f"{1e16:g}", f"{1.0:g}", f"{100.0:.2g}")
print(f"{1.5:#g}", f"{1.0:#.0f}", f"{2.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}")
print(f"{float('inf'):f}", f"{float('-inf'):e}", f"{float('nan'):g}", f"{float('inf'):10}|")
print(f"{-0.0:f}", f"{-0.0:g}", f"{-0.0}", f"{1e100:f}"[:20])
print(f"{3.14159:.{3}f}", f"{3.14159:{10}.{2}}|", format(2.5), format(2.5, ""))
print(f"{1e-7}", f"{1e-7:f}", f"{123.0:.1e}", f"{9.99:.1f}", f"{0.5:.0%}")
print("%f %.2f %e %g %10.3f| %-8.2f| %+.1f %G" % (x, x, x, x, x, x, x, 1e-10))
print("%.0f %.0f %.0f %s %r" % (0.5, 1.5, 2.5, 0.1, 0.1))
print(str(1e16), str(1.5e-5), repr(12345678.9), 1e15 + 0.3)
for spec in ["d", "x", "c", ",d"]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(1.5, "n"), format(12345.678, ".2n") if False else "", format(1e300 * 10, "^7"))
