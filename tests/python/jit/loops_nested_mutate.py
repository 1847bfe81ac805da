# An inner loop run from the outer loop's trace (CALL_TRACE) writes state the outer body read
# before it: the outer loop's list (items and length), an instance attribute, a local, a closure
# cell, a global and a module-level list, the binding of a name the outer body indexes, the type
# of a local, and it keeps a tuple the outer body made. Nothing the outer trace read before the
# inner loop may be reused after it (no load forwarded, no guard or load hoisted across it).

class Acc:
    def __init__(self):
        self.total = 0
        self.n = 0

G = 0
shared = [0, 0, 0]
STEPS = [1, 2, 3, 4]

def list_items(n):
    a = [0, 0, 0, 0]
    t = 0
    for i in range(n):
        t += a[0] + a[3]
        for j in STEPS:
            a[0] += j
            a[3] = i
        t += a[0] - a[3]
        if a[0] > 1000:
            a[0] = 0
    return t, a

def list_length(n):
    a = [1, 2, 3]
    t = 0
    for i in range(n):
        t += len(a) + a[-1]
        for j in STEPS:
            if len(a) > 8:
                a.pop()
                a.pop()
            a.append(i + j)
        t += len(a) + a[-1] + a[2]
    return t, a

def attribute(n):
    acc = Acc()
    t = 0
    for i in range(n):
        acc.total += 1
        t += acc.total
        for j in STEPS:
            acc.total += j
            acc.n = acc.n + 1
        t += acc.total + acc.n
    return t, acc.total, acc.n

def local(n):
    s = 0
    t = 0
    for i in range(n):
        s += 1
        for j in STEPS:
            s = s * 2 % 1000
        t += s
    return t, s

def while_local(n):
    t = 0
    k = 0
    for i in range(n):
        t += k
        k = i % 7
        while k < 10:
            k += 3
        t += k
    return t, k

def cell(n):
    total = 0
    def bump(x):
        nonlocal total
        total += x
    t = 0
    for i in range(n):
        bump(i)
        t += total
        for j in STEPS:
            total = total - j
        bump(1)
        t += total
    return t, total

def global_and_module_list(n):
    global G
    t = 0
    for i in range(n):
        t += G + shared[1]
        for j in STEPS:
            G += 1
            shared[1] = shared[1] + j
        t += G + shared[1]
    return t, G, shared

def swap_binding(n):
    # the inner loop rebinds the name the outer body indexes afterwards
    a = [1, 2, 3]
    b = [10, 20, 30]
    t = 0
    for i in range(n):
        t += a[1]
        for j in STEPS[:3]:
            a, b = b, a
        t += a[1] * 2
    return t

def writes_type(n):
    # a local that is an int before the inner loop, a float or a str after it (from the 2000th)
    t = 0
    v = 0
    for i in range(n):
        v = i
        t += v
        for j in STEPS:
            if i > 2000 and j == 4:
                v = str(v) if i % 2 else v + 0.5
        t += len(v) if v.__class__ is str else int(v)
    return t

def stored_tuple(n):
    # a tuple the outer body made, stored by the inner loop: one object, before and after
    keep = []
    same = 0
    for i in range(n):
        p = (i, i + 1)
        for j in STEPS:
            if j == 4:
                keep.append(p)
        if keep[-1] is p:
            same += 1
        if len(keep) > 4:
            keep.clear()
    return same

def stored_tuple_then_exit(n):
    # the same with the tuple named only by the exits after the inner loop (a virtual tuple)
    keep = []
    p = None
    for i in range(n):
        p = (i, i + 1)
        for j in STEPS:
            if j == 4:
                keep.append(p)
        if i == n - 7:
            break
        p = None
        if len(keep) > 4:
            keep.clear()
    return keep[-1] is p, p

def deletes_local(n):
    # the inner loop deletes a local the outer body reads after it (once, at the 2500th)
    t = 0
    for i in range(n):
        v = i
        for x in STEPS:
            t += x
            if i == 2500 and x == 3:
                del v
        try:
            t += v
        except UnboundLocalError as e:
            print("unbound at", i, e)
    return t

print(list_items(3000))
print(list_length(3000))
print(attribute(3000))
print(local(3000))
print(while_local(3000))
print(cell(3000))
print(global_and_module_list(3000))
print(swap_binding(3000))
print(writes_type(3000))
print(stored_tuple(3000))
print(stored_tuple_then_exit(3000))
print(deletes_local(3000))
