# Inner loops run from the outer loop's trace (CALL_TRACE), left in every way: exhausted, by
# break (its else skipped) and by return, raising (caught by the outer body, by the function's
# caller), its trace invalidated while it runs (a global rebound, a method replaced from inside
# it), an inner while loop, three levels of nesting, a generator as the inner iterable.

ROW = [1, 2, 3, 4, 5]
SCALE = 2

class P:
    def val(self, x):
        return x + 1

def new_val(self, x):
    return x - 1

def breaks(n):
    t = 0
    for i in range(n):
        for x in ROW:
            if x == i % 7:
                t += 100
                break
            t += x
        else:
            t -= 1
    return t

def returns(n, stop):
    t = 0
    for i in range(n):
        for x in ROW:
            if i == stop and x == 3:
                return t, i, x
            t += x
    return t

def raises_caught(n):
    t = 0
    rows = [ROW, ROW, [1, 0, 2]]
    for i in range(n):
        try:
            for x in rows[i % 3] if i > 1500 else ROW:
                t += 60 // x
        except ZeroDivisionError:
            t += 1000
    return t

def raises_out(n):
    t = 0
    for i in range(n):
        for x in ROW:
            if i == n - 10 and x == 4:
                raise ValueError("at %d %d %d" % (i, x, t))
            t += x
    return t

def rebinds_global(n):
    global SCALE
    t = 0
    for i in range(n):
        for x in ROW:
            t += x * SCALE
            if i == 2000 and x == 3:
                SCALE = 3
    SCALE = 2
    return t

def patches_method(n):
    p = P()
    t = 0
    for i in range(n):
        for x in ROW:
            t += p.val(x)
            if i == 2500 and x == 2:
                P.val = new_val
    return t

def inner_while(n):
    t = 0
    for i in range(n):
        k = i % 9
        while k < 12:
            t += k
            k += 1
            if k == 11 and i % 5 == 0:
                break
        t += k
    return t

def three_levels(n):
    t = 0
    grid = [[1, 2, 3], [4, 5, 6, 7], [8, 9]]
    for i in range(n):
        for row in grid:
            for x in row:
                t += x * i
        t %= 1000003
    return t

def gen_inner(n):
    def items(k):
        for j in range(k):
            yield j * 2
    t = 0
    for i in range(n):
        for y in items(4):
            t += y + i
    return t

def enumerate_inner(n):
    t = 0
    for i in range(n):
        for k, x in enumerate(ROW):
            t += k * x
    return t

print(breaks(3000))
print(returns(3000, 2700))
print(raises_caught(3000))
try:
    raises_out(3000)
except ValueError as e:
    print("ValueError", e)
print(rebinds_global(3000))
print(patches_method(3000))
print(inner_while(3000))
print(three_levels(2000))
print(gen_inner(2000))
print(enumerate_inner(2000))
