x = (1.5, 1e300, 2j, b"\x00a", ..., float("inf"))
y = 1e400
