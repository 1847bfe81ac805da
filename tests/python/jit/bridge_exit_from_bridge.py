# A bridge whose own guard fails: the odd arm (a bridge) adds a float once the counter passes a
# mark, which its int guards did not expect; the exit leaves from the bridge to tier 1 (or to a
# bridge of the bridge) and every value is as tier 1 computes it.


def run(n, mark):
    total = 0
    other = 0
    i = 0
    while i < n:
        if i % 2:
            step = 1
            if i > mark:
                step = 0.5
            total = total + step
        else:
            other += 1
        i += 1
    return total, other


print(run(6000, 4000))
print(run(6000, 10))
