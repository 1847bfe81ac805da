# warnings.warn from a hot loop: the warning's line comes from the frames (stacklevel), and the
# default filter shows each location once; the text goes to stderr, which is compared.
import warnings

def check(v):
    if v % 1000 == 999:
        warnings.warn("odd value %d" % v, stacklevel=2)
    return v

def deep(v):
    if v == 2500:
        warnings.warn("deep", RuntimeWarning, stacklevel=3)

def middle(v):
    deep(v)


def main():
    s = 0
    for i in range(3000):
        s += check(i)
    print(s)
    for i in range(3000):
        middle(i)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for i in range(3000):
            check(i)
    print([(w.lineno, str(w.message)) for w in caught])


main()
