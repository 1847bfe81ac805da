# The arm a bridge records raises later (a zero divisor, an index past the end): the exception
# comes from inside the bridge's path, is caught in the loop or propagates with tier 1's traceback.


def run(n, zero_at):
    s = 0
    caught = 0
    d = 7
    i = 0
    while i < n:
        if i % 2:
            if i > zero_at:
                d = 0
            try:
                s += 1000 // d
            except ZeroDivisionError:
                caught += 1
                d = 7
        else:
            s -= 1
        i += 1
    return s, caught


def index_past_end(n):
    items = [1, 2, 3]
    s = 0
    i = 0
    while i < n:
        if i % 2:
            s += items[i // 1000]
        else:
            s += 1
        i += 1
    return s


print(run(6000, 4000))
print(run(6000, 10))
try:
    print(index_past_end(6000))
except IndexError as e:
    print(type(e).__name__, e)
index_past_end(6000)
