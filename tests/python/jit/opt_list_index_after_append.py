# A list read at index 0, appended to, then read at an index that exists only after the append:
# the first access is not checked against the later index (the trace would exit on every list),
# and the results are tier 1's.
def run(rows):
    t = 0
    for a in rows:
        t += a[0]
        a.append(t % 7)
        t += a[5]
        a[5:] = []
    return t


rows = [[i, 1, 2, 3, 4] for i in range(3000)]
print(run(rows), rows[-1])
rows[2500] = [9, 9, 9, 9, 9, 9]
print(run(rows), rows[2500])
rows[2600] = [1]
try:
    run(rows)
except IndexError as e:
    print(type(e).__name__, e, rows[2600])
