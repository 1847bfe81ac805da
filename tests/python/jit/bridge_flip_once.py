# A branch that goes one way for the first half of the loop and the other way after: the exit
# fires on every iteration of the second half, grows a bridge, and the results stay exact.


def run(n, half):
    below = 0
    above = 0
    i = 0
    while i < n:
        if i < half:
            below += i
        else:
            above += 3
        i += 1
    return below, above


print(run(6000, 3000))
print(run(6000, 100))
print(run(6000, 5990))
