# finally blocks in a hot loop: run on normal exit, continue, break, return and exceptions.

def f(n):
    for i in range(n):
        try:
            if i == n - 1:
                return i
        finally:
            if i == n - 1:
                f.count += 1

def g():
    total = 0
    for i in range(3000):
        try:
            try:
                if i == 2500:
                    raise RuntimeError("boom")
            finally:
                total += 1
        except RuntimeError as e:
            total += 1000
    return total

def h(i):
    try:
        return 1 // (i % 2)
    finally:
        if i % 2 == 0:
            return -1 - i % 4


def main():
    log = []
    fin = 0
    for i in range(3000):
        try:
            if i % 3 == 0:
                continue
            if i == 2999:
                break
            if i % 7 == 0:
                raise KeyError(i)
        except KeyError:
            log.append(i)
        finally:
            fin += 1
    print(fin, len(log), log[:3])
    f.count = 0
    s = 0
    for k in range(1, 3001):
        s += f(k % 5 + 1)
    print(s, f.count)
    print(g())
    print(sum(h(i) for i in range(3000)))


main()
