# An exception raised inside a generator that a traced loop consumes: caught by the consumer at the
# 2000th item; StopIteration inside the generator (RuntimeError, PEP 479); then one uncaught, whose
# traceback shows the generator's lines under the loop's.

def risky(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("item " + str(i))
        yield i

def stopper(n):
    for i in range(n):
        if i == 1700:
            raise StopIteration("inner")
        yield i

def consume(n, bad):
    s = 0
    try:
        for x in risky(n, bad):
            s += x
    except ValueError as e:
        print("caught", type(e).__name__, e, s)
    return s

def consume_stop(n):
    s = 0
    try:
        for x in stopper(n):
            s += x
    except RuntimeError as e:
        print("pep479", type(e).__name__, e, type(e.__cause__).__name__, s)
    return s

print(consume(3000, 2000))
print(consume(3000, 0))
print(consume(3000, 3001))
print(consume_stop(3000))

def main():
    s = 0
    for x in risky(5000, 4321):
        s += x
    return s

main()
