# A builtin method raising inside a traced loop: in the loop's own frame (caught there), inside
# an inlined callee (caught in the callee, caught in the caller), and finally uncaught from two
# inlined frames deep: the traceback is tier 1's. Also builtins called from inlined frames with
# str/int/float arguments (allowed there) and raising there.

def find_or(s, sub):
    try:
        return s.index(sub)
    except ValueError:
        return -1

def pos(s, sub):
    return s.index(sub)

def outer(s, sub):
    return pos(s, sub) + 1

def loop_frame(n):
    t = 0
    lists = [[i] if i % 1000 != 999 else [] for i in range(n)]
    for i in range(n):
        l = lists[i]
        try:
            t = t + l.pop()
        except IndexError as e:
            t = t - 1
            print("caught", i, e)
    return t

def callee_catches(n):
    t = 0
    words = ["abc"] * n
    words[2200] = "xyz"
    for i in range(n):
        t = t + find_or(words[i], "c")
    return t

def caller_catches(n):
    t = 0
    words = ["abc"] * n
    words[2300] = "xyz"
    for i in range(n):
        try:
            t = t + outer(words[i], "b")
        except ValueError as e:
            print("caller caught", i, e)
    return t

def numeric(x):
    return abs(x) + max(x, 2) + int(x > 3) + len(str(x))

def builtins_inlined(n):
    t = 0
    args = list(range(n))
    args[2600] = "s"
    for i in range(n):
        t = t + numeric(i - 1500)
        try:
            t = t + numeric(args[i])
        except TypeError as e:
            print("numeric", i, e)
    return t

def uncaught(n):
    t = 0
    words = ["abc"] * n
    words[2900] = "zzz"
    for i in range(n):
        t = t + outer(words[i], "a")
    return t

print(loop_frame(3000))
print(callee_catches(3000))
print(caller_catches(3000))
print(builtins_inlined(3000))
print(uncaught(3000))
