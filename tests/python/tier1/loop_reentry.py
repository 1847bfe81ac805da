# Long loops leave and re-enter the dispatch loop (Eval.REENTER every few backward jumps):
# the frame's stack, handlers, generators and line numbers must survive it.
import sys


def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while j < 40:
            j += 1
            if j % 7 == 0:
                continue
            total += i * j
        if i == n - 1:
            break
    return total


def with_handlers(n):
    seen = []
    for i in range(n):
        try:
            try:
                if i % 50 == 49:
                    raise ValueError(i)
            finally:
                seen.append(i % 3)
        except ValueError as e:
            seen.append(e.args[0])
    return len(seen), sum(seen)


def gen(n):
    for i in range(n):
        for k in range(20):
            pass
        yield i * k


def raise_late(n):
    i = 0
    while True:
        i += 1
        if i == n:
            return {}["missing-" + str(i)]


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


print(nested(300))
print(with_handlers(500))
print(sum(gen(200)), list(gen(3)))
acc = [x for x in range(1000) if x % 3 == 0]
print(len(acc), sum({x: x for x in range(300)}))
stack_values = (1, 2, [sum(range(k)) for k in range(100)][-1], 4)
print(stack_values)
with Ctx():
    for i in range(1000):
        pass
    raise KeyError(i)
try:
    raise_late(5000)
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError", e, tb.tb_lineno)
for i in range(100):
    line = sys._getframe().f_lineno
print(i, line)
