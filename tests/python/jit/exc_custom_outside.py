# A custom exception raised in a hot loop and caught outside it; loop state must be exact.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Stop(Exception):
    def __init__(self, where, total):
        super().__init__(where, total)
        self.where = where
        self.total = total

def run(limit):
    total = 0
    k = 1
    for i in range(100000):
        total += i * k
        k = -k
        if i == limit:
            raise Stop(i, total)
    return total

class Err(ValueError):
    pass


def main():
    for limit in (2999, 3500, 12345):
        try:
            run(limit)
        except Stop as e:
            print(e.where, e.total, e.args)
            print(traceback.format_exc().replace(HERE, ""))
    count = 0
    for i in range(3000):
        try:
            if i % 997 == 5:
                raise Err("bad %d" % i)
            count += 1
        except ValueError as e:
            print(type(e).__name__, e, isinstance(e, Err))
    print(count)


main()
