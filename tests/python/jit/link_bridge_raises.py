# An exception raised inside a linked bridge (after thousands of hops into it): caught in the loop,
# caught by the caller, and uncaught with the same traceback as tier 1's.


def caught_in_loop(n):
    s = 0
    errors = 0
    for i in range(n):
        if i % 2:
            try:
                s += 100 // (i % 1001 - 1000)
            except ZeroDivisionError:
                errors += 1
        else:
            s += 1
    return s, errors


class Item:
    def __init__(self, v):
        self.v = v


def attr_missing(n, bad):
    items = [Item(i) for i in range(10)]
    s = 0
    for i in range(n):
        if i % 3 == 1:
            it = items[i % 10]
            if i == bad:
                del it.v
            s += it.v
        else:
            s -= 1
    return s


def index_past_end(n):
    items = [1, 2, 3]
    s = 0
    for i in range(n):
        if i % 2:
            s += items[i // 2000]
        else:
            s += 1
    return s


print(caught_in_loop(5000))
try:
    attr_missing(6000, 4501)
except AttributeError as e:
    print("AttributeError", e)
print(attr_missing(600, -1))
try:
    print(index_past_end(8000))
except IndexError as e:
    print(type(e).__name__, e)
index_past_end(8000)
