# Exception chaining inside a hot loop: implicit __context__, raise from, suppressed context,
# sys.exc_info() and a bare raise from a handler, with the traceback printed.
import os
import sys
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def work(i):
    try:
        return 10 // (i - 2999)
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped at %d" % i) from z


def main():
    count = [0, 0, 0]
    for i in range(3000):
        try:
            try:
                {}[i]
            except KeyError:
                if i % 3 == 0:
                    raise ValueError("v%d" % i)
                elif i % 3 == 1:
                    raise TypeError("t%d" % i) from None
                else:
                    raise
        except ValueError as e:
            count[0] += type(e.__context__) is KeyError and not e.__suppress_context__
        except TypeError as e:
            count[1] += e.__suppress_context__ and e.__cause__ is None
        except KeyError as e:
            count[2] += sys.exc_info()[1] is e
    print(count)
    try:
        for i in range(3000):
            work(i)
    except RuntimeError:
        print(traceback.format_exc().replace(HERE, ""))
    for i in range(3000):
        try:
            raise KeyError(i)
        except KeyError:
            pass
    print(sys.exc_info())


main()
