# A function with a loop, called from a frame the trace inlined, raises and nothing catches it:
# the traceback names every frame with its line (the loop's, the two inlined callers', the
# raising function's), as tier 1 prints it.


def find(items, key):
    for k, x in enumerate(items):
        if x == key:
            return k
    raise LookupError("no %r" % (key,))


def lookup(items, key):
    return find(items, key) + 1


def position(items, key):
    return lookup(items, key) * 2


def main(n):
    items = list(range(10))
    t = 0
    for i in range(n):
        t += position(items, i % 10 + i // 2600 * 90)
    return t


print(main(3000))
