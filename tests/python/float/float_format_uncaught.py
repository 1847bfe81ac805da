# An invalid format spec for a float, uncaught inside an f-string.
x = 1234.5678
print(f"{x:,.2f} {x:_^+15.1e} {x:z.0%}")
print(f"{x:,d}")
