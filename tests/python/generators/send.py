def echo():
    received = None
    while True:
        received = yield received
        print("got", received)
        if received == "stop":
            return "stopped"

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("return value", e.value)

g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__, e)

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(avg.send(v))

def accumulate():
    tally = 0
    while True:
        nxt = yield
        if nxt is None:
            return tally
        tally += nxt

acc = accumulate()
next(acc)
for i in range(5):
    acc.send(i)
try:
    acc.send(None)
except StopIteration as e:
    print("tally", e.value)
