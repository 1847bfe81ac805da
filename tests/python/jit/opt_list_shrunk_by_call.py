# Bounds checks are not merged across an op that may shorten the list, nor across the same list
# under two names: the reads after the shortening slice assignment are checked again.
def run(k, n=3000):
    a = [1, 2, 3, 4, 5, 6]
    b = a
    t = 0
    done = [0]
    for i in range(n):
        t += a[0] + b[4]
        last = b[5]
        b[5:] = []
        t += a[1] + b[3]
        b[5:] = [last] if i < k else []
        t += a[5] + b[2]
        done[0] = i
    return t, a


for k in (10 ** 6, 2998, 2500, 0):
    try:
        print(run(k))
    except IndexError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
