# len() of a range longer than sys.maxsize fails uncaught.
r = range(-2 ** 64, 2 ** 64, 3)
print(r[-1], r[10 ** 18], 2 ** 63 in r)
print(len(r))
