# Nested loops whose inner loop has its own trace, run from the outer loop's trace: inner for
# over lists and tuples of 0 to 7 items (exhausted at once, after one, after many), an inner while
# loop, and the inner loop's variables read after it by the outer body.

def nested(n, rows):
    t = 0
    last = -1
    for i in range(n):
        for j in rows[i % len(rows)]:
            t += j
            last = j
        k = 0
        while k < 3:
            t += k * i
            k += 1
        t += last + k
    return t, last, k

def nested_tuple(n, rows):
    t = 0
    for i in range(n):
        for a, b in rows[i % 3]:
            t += a * b
    return t

def nested_while_while(n):
    t = 0
    i = 0
    while i < n:
        j = i % 5
        while j > 0:
            t += j
            j -= 1
        i += 1
    return t, i, j

rows = [list(range(m)) for m in range(8)]
print(nested(5000, rows))
print(nested(3000, [[], [1], []]))
print(nested_tuple(4000, [((1, 2), (3, 4)), (), ((5, 6),)]))
print(nested_while_while(5000))
