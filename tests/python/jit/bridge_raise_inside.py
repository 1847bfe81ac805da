# Exceptions raised inside a bridge (grown from a class guard and from a branch inside an inlined
# method): caught in the loop body, caught outside the loop, and raised by a method the bridge
# inlined or called; the frame state, the traceback lines and the loop's next iterations must be
# tier 1's.
import traceback


class Plain:
    def __init__(self, v):
        self.v = v

    def val(self, i):
        return i + self.v


class Div:
    def __init__(self, v):
        self.v = v

    def val(self, i):
        if i % 7 == 0:
            return i // (self.v - self.v)
        return i // self.v


class Late:
    def __init__(self, at):
        self.at = at

    def val(self, i):
        if i >= self.at:
            return i // (self.at - self.at)
        return i & 15


class Key:
    def __init__(self, d):
        self.d = d

    def val(self, i):
        return self.d[i % 11]


def caught_inside(objs, n):
    t = 0
    errors = 0
    for i in range(n):
        o = objs[i % len(objs)]
        try:
            t = (t + o.val(i)) % 100003
        except ZeroDivisionError:
            errors += 1
        except KeyError as e:
            errors += 100
            t += e.args[0]
    return t, errors


def caught_outside(objs, n):
    t = 0
    i = 0
    try:
        for i in range(n):
            o = objs[i % len(objs)]
            t = (t + o.val(i)) % 100003
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), i, t
    return t, i


d = {k: k * k for k in range(10)}
objs = [Plain(1), Div(3), Key(d), Plain(2)]
print(caught_inside(objs, 3000))
print(caught_inside([Plain(1), Key(d)], 3000))
print(caught_outside([Plain(1), Late(4001)], 5000))
print(caught_outside([Plain(1), Late(10**9), Plain(4)], 5000))
print(caught_outside([Late(2999), Plain(1), Late(3500)], 5000))


def overflow_in_bridge(n):
    t = 0
    objs = [Plain(1), Plain(2**62)]
    for i in range(n):
        o = objs[i % 2]
        t += o.val(i)
        if t > 2**70:
            t //= 3
    return t


print(overflow_in_bridge(3000))

try:
    caught_outside([Plain(1), Key({5: 1})], 3000)
except KeyError as e:
    print("KeyError", e, [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
