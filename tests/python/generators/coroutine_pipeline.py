# Push-style pipeline built from send()-driven generators.
def coroutine(fn):
    def start(*args, **kwargs):
        c = fn(*args, **kwargs)
        next(c)
        return c
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)

@coroutine
def multiply(factor, target):
    try:
        while True:
            item = yield
            target.send(item * factor)
    except GeneratorExit:
        print("multiply closing")
        target.close()

pipe = multiply(3, filter_even(printer("out:")))
for i in range(8):
    pipe.send(i)
pipe.close()

@coroutine
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches", matches)

g = grep("py")
for line in ["python", "java", "pypy", "rust", "cpython"]:
    g.send(line)
g.close()

# A state machine as a coroutine.
@coroutine
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

t = turnstile()
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
