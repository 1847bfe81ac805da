# An int multiplication that overflows 64 bits every third iteration: the trace's overflow exit
# fires again and again; a bridge from it cannot be recorded (the product is a big int), so its
# recordings abort, the exit stops trying, and the big-int results stay exact.


def run(n):
    big = 0
    small = 0
    i = 0
    while i < n:
        m = 3
        if i % 3 == 0:
            m = 4611686018427387904
        p = m * 8
        if p > 1000:
            big += 1
        else:
            small += p
        i += 1
    return big, small, p


print(run(6000))
print(run(4))
