del a, b.c, d[0], (e, [f])
