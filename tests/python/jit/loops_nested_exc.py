# An inner loop with its own trace raising inside the outer loop's trace: at one outer iteration
# (caught by the outer body), caught outside both loops, and at last uncaught (tier 1's traceback).

def ratio_sums(rows):
    t = 0.0
    errors = 0
    for row in rows:
        try:
            for x in row:
                t += 10.0 / x
        except ZeroDivisionError as e:
            errors += 1
    return t, errors

def first_failure(rows):
    done = 0
    try:
        for row in rows:
            for x in row:
                done += 100 // x
    except ZeroDivisionError as e:
        return done, str(e)
    return done

def uncaught(rows):
    t = 0
    for row in rows:
        for x in row:
            t += 7 // x
    return t

rows = [[1, 2, 3, 4] for i in range(3000)]
rows[2000] = [1, 0, 3]
rows[2500] = [0]
print(ratio_sums(rows))
print(first_failure(rows))
print(uncaught(rows))
