results = []
for value in ["1", "x", "3", None, "5"]:
    try:
        n = int(value)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)

def find_first_even(items):
    for i, x in enumerate(items):
        try:
            if x % 2 == 0:
                return i
        finally:
            print("checked", x)
    return -1
print(find_first_even([1, 3, 4, 5]))

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print("retrying after:", e)

def nested_loops_with_finally():
    log = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        continue
                    if i == 2:
                        return log
                    log.append((i, j))
                finally:
                    log.append("inner")
        finally:
            log.append("outer")
    return log
print(nested_loops_with_finally())
