# An operation inside a bridge that the JIT compiled into its loop's class raises: the exception
# comes out at the right line with the frame's values current, caught in the loop or outside.


def divs(n, bad):
    acc = 0
    d = 1
    for i in range(n):
        if i % 3 == 0:
            d = 2
        elif i % 3 == 1:
            d = 0 if i == bad else 3
            acc += 100 // d
        else:
            acc -= i
    return acc, d


def caught(n):
    acc = 0
    errors = 0
    for i in range(n):
        try:
            if i % 2:
                acc += 10 // (i % 11)
            else:
                acc += 1
        except ZeroDivisionError:
            errors += 1
    return acc, errors


print(divs(1000, -1))
print(divs(80000, -1))
for bad in (70, 7000, 79999):
    try:
        divs(80000, bad)
    except ZeroDivisionError as e:
        print("raised", bad, e)
print(caught(60000))
for rep in range(50):
    r = caught(300)
print(r)


def deep(n):
    acc = 0
    for i in range(n):
        if i % 2:
            acc += i
        else:
            acc += [1, 2, 3][i % 5]
    return acc


try:
    deep(70000)
except IndexError as e:
    import traceback
    print("IndexError", e, traceback.extract_tb(e.__traceback__)[-1].lineno)
