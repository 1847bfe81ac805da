# Three ways in turn (if/elif/else on i % 3): the trace follows one arm, a bridge another, and
# the bridge's own branch guard fails for the third, which grows a bridge of the bridge.


def run(n):
    a = 0
    b = 0
    c = 0
    i = 0
    while i < n:
        k = i % 3
        if k == 0:
            a += i
        elif k == 1:
            b += 2
        else:
            c -= i
        i += 1
    return a, b, c


print(run(6000))
print(run(10))
