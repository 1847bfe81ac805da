# A loop first run a step or two per call (tier 1 keeps it), later long per call: it is watched
# again and traced then; the results stay CPython's through the change, including an overflow
# into big integers and an exception raised inside the loop once it is traced.


def fold(text, acc):
    for ch in text:
        acc = (acc * 131 + ord(ch)) % 1000000007
    return acc


def checked(xs):
    t = 0
    for x in xs:
        if x < 0:
            raise ValueError("negative %d" % x)
        t = t * 3 + x
    return t


acc = 0
for phase, (word, calls) in enumerate([("a", 70000), ("bcd", 9000), ("e" * 40, 3000), ("long" * 100, 300)]):
    for i in range(calls):
        acc = fold(word, acc)
    print(phase, acc)

total = sum(map(checked, [[1]] * 70000))
print(total)
big = list(range(200))
for k in range(1000):
    total += checked(big) % 1000
print(total)
try:
    checked(big[:150] + [-5] + big)
except ValueError as e:
    print("ValueError:", e)
print(checked(big[:60]))
