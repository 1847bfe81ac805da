# A branch that goes each way every other iteration: the trace exits at it on half of the
# iterations, so that exit grows a bridge (the other arm) and the loop stays in tier 2.


def run(n):
    odd = 0
    even = 0
    i = 0
    while i < n:
        if i % 2:
            odd += i
        else:
            even -= 1
        i += 1
    return odd, even, i


print(run(5000))
print(run(7))
print(run(0))
