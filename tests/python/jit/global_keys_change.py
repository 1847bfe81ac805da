# Module-level names read and written by position while the module gains and loses names:
# a trace whose namespace keys changed is recorded again (a bounded number of times).
G = 0


def bump(n):
    global G
    for i in range(n):
        G += 1
    return G


def bump_and_define(n, tag):
    global G
    for i in range(n):
        G += 2
        if i == n // 2:
            globals()["made_" + tag] = i
    return G


def adds_every_pass(n):
    global G
    for i in range(n):
        G += 1
        globals()["every_%d" % i] = i
    return G


def deletes(n):
    global G
    for i in range(n):
        G -= 1
        if i % 500 == 0 and ("every_%d" % i) in globals():
            del globals()["every_%d" % i]
    return G


print("bump", bump(3000))
new_after_first = 1
print("bump again", bump(3000))
for tag in "abcdef":
    print("define", tag, bump_and_define(1400, tag))
print("adds", adds_every_pass(2500))
print("deletes", deletes(2500))
print("names", sorted(k for k in globals() if k.startswith("made_")))
print("every", len([k for k in globals() if k.startswith("every_")]))

# module level: LOAD_NAME / STORE_NAME by position
total = 0
for i in range(4000):
    total += i
    if i == 2000:
        late_name = "late"
    if i == 3000:
        del late_name
print("module", total, "late_name" in globals())
