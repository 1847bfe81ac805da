# A closure cell read by an inlined closure, written by a residual call in between (a function
# with a loop assigns it through nonlocal on some iterations), then read again by the inlined
# closure: the second read must see the call's store (no cell load forwarded across a call).

def outer(n):
    total = 0
    def add(x):
        nonlocal total
        total += x
    def maybe_reset(i):
        nonlocal total
        for _ in range(1 if i % 7 == 0 else 0):
            total = 0
    out = 0
    for i in range(n):
        add(i)
        maybe_reset(i)
        add(1)
        out += total
    return out, total

print(outer(3000))
