# `if x:` / `while node:` / `x or y` on objects whose type has no __bool__ and no __len__ (always
# true) inside traced loops: plain instances, match objects, functions, None mixed in; then a
# class given __bool__ or __len__ mid-loop, an instance moved to such a class by __class__
# assignment, and a subclass that defines them.
import re


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def walk(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    count = 0
    node = head
    while node:
        total += node.value
        count += 1
        node = node.next
    return total, count


print("walk", walk(3000))


def mixed(n):
    items = [Node(i) if i % 3 else None for i in range(n)]
    t = 0
    for x in items:
        if x:
            t += x.value
        else:
            t -= 1
    return t


print("mixed", mixed(3000))


NUMBER = re.compile(r"\d+")


def matches(words):
    found = 0
    for w in words:
        m = NUMBER.match(w)
        if m:
            found += int(m.group())
    return found


print("matches", matches(["12", "x", "7", "abc", "100"] * 600))


def funcs(n):
    fs = [len, abs, walk, None, print]
    t = 0
    for i in range(n):
        f = fs[i % 5]
        t += 1 if f else 0
        g = f or abs
        t += g is abs
    return t


print("funcs", funcs(3000))


class Flag:
    pass


def patched(n):
    objs = [Flag() for _ in range(4)]
    t = 0
    for i in range(n):
        if i == n * 3 // 4:
            Flag.__bool__ = lambda self: False
        if i == n * 7 // 8:
            del Flag.__bool__
            Flag.__len__ = lambda self: 0
        if objs[i % 4]:
            t += 1
    return t


print("patched", patched(3000))


class Empty:
    def __bool__(self):
        return False


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


def class_assign(n):
    p = Plain()
    t = 0
    for i in range(n):
        if i == n - 100:
            p.__class__ = Empty
        if p:
            t += 1
    return t


print("class assign", class_assign(3000))


class Sub(Plain):
    def __len__(self):
        return 0


def subclass(n):
    objs = [Plain(), Plain(), Plain()]
    t = 0
    for i in range(n):
        if i == n - 10:
            objs[1] = Sub()
        if i == n - 5:
            objs[2] = Sized(3)
        if objs[i % 3]:
            t += 1
    return t


print("subclass", subclass(3000))


class Raises:
    def __bool__(self):
        raise ValueError("no truth")


def raising(n):
    objs = [Plain()] * n
    objs[-1] = Raises()
    t = 0
    try:
        for o in objs:
            if o:
                t += 1
    except ValueError as e:
        return t, str(e)
    return t, None


print("raising", raising(3000))
