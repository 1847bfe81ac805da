# Inner loops that never get a trace of their own (their iteration mostly leaves them by break,
# so their recordings abort) are recorded inline by the outer loop's recording, a few iterations
# at most: a rotation loop like fannkuch's (break after 1, 2, ... iterations, sometimes more than
# the recording took), a for loop over a list left by break, one raising on its second iteration,
# and the inner loop's own recording running through the enclosing loop's back jump.

def rotations(n, width):
    perm = list(range(width))
    counts = list(range(1, width + 1))
    total = 0
    for step in range(n):
        total += perm[0] * step % 7
        r = 1
        while True:
            if r == width:
                perm = list(range(width))
                counts = list(range(1, width + 1))
                break
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            counts[r] = r + 1
            r += 1
        total += r
    return total, perm

def first_match(n, rows):
    t = 0
    for i in range(n):
        row = rows[i % len(rows)]
        for x in row:
            if x % 3 == i % 3:
                t += x
                break
            t -= 1
    return t

def raises_second(n):
    t = 0
    for i in range(n):
        k = 0
        try:
            while True:
                k += 1
                if i % 97 == 0 and k == 2:
                    raise KeyError(i)
                if k >= 1 + (i % 5 == 0):
                    break
        except KeyError as e:
            t += 1000 + e.args[0]
        t += k
    return t

def countdown(n):
    # the inner loop's count is 1 mostly, up to 9 (more than the recording unrolls) now and then
    t = 0
    for i in range(n):
        j = 9 if i % 250 == 0 else 1 + (i % 3 == 0)
        while j > 0:
            t += j * i
            j -= 1
            if j % 4 == 3:
                break
    return t

print(rotations(6000, 6))
print(rotations(3000, 3))
print(first_match(4000, [[3, 4, 5], [1, 2, 3, 4, 5, 6], [7], [2, 2, 2, 9]]))
print(raises_second(4000))
print(countdown(5000))
