# A loop-carried value that is an int for the first part of the loop and a float after: the
# trace compiled for ints exits at its entry guards on every iteration after the change and
# grows a bridge for floats; results must match tier 1 exactly.


def run(n, change):
    v = 0
    w = 1
    i = 0
    while i < n:
        v = v + w
        if i == change:
            w = 0.25
        i += 1
    return v, w


print(run(6000, 3000))
print(run(6000, 5))
