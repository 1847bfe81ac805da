log = []

def resource(name):
    log.append("open " + name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        log.append("close " + name)

g = resource("A")
print(next(g))
g.close()
print(log)

log.clear()
for item in resource("B"):
    log.append(item)
print(log)

log.clear()
g = resource("C")
for item in g:
    log.append(item)
    break
g.close()
print(log)

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()

def with_in_gen():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *exc):
            print("exit", exc[0].__name__ if exc[0] else None)
    with CM():
        yield "inside"
g = with_in_gen()
print(next(g))
g.close()
