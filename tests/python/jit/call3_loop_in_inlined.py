# A traced loop calls a function it inlines, which calls a function that has a loop of its own
# (richards' Kernel.schedule -> HandlerTask.run -> Packet.append_to): the inner call is made from
# the inlined frame, whose caller chain the called function may look at (f_back, f_lineno,
# f_locals), raise through, or keep generators of; chains 2 to 4 inlined frames deep; a global the
# trace assumed constant rebound by the called function in the middle of the loop.
import sys


class Packet:
    def __init__(self, n):
        self.n = n
        self.link = None

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Handler:
    def __init__(self):
        self.work = None

    def run(self, p):
        self.work = p.append_to(self.work)
        if p.n % 7 == 0:
            self.work = None
        return self.work


def linked_lists(n):
    h = Handler()
    count = 0
    for i in range(n):
        q = h.run(Packet(i))
        while q is not None:
            count += q.n & 3
            q = q.link
    return count


print("linked lists", linked_lists(3000))


def summed(k):
    s = 0
    for j in range(k):
        s += j
    return s


def middle(k):
    return summed(k % 9) + 1


def outer(k):
    return middle(k) * 2


def deepest(k):
    return outer(k) + middle(k + 1)


def depth2(n):
    t = 0
    for i in range(n):
        t += middle(i)
    return t


def depth3(n):
    t = 0
    for i in range(n):
        t += outer(i)
    return t


def deeper(k):
    return deepest(k) - k


def depth4(n):
    t = 0
    for i in range(n):
        t += deeper(i)
    return t


print("depth", depth2(3000), depth3(3000), depth4(3000))

SEEN = []


def looker(k):
    f = sys._getframe(1)
    g = f.f_back
    h = g.f_back
    total = 0
    for j in range(k % 3 + 1):
        total += j
    if k % 500 == 3:
        SEEN.append((f.f_code.co_name, f.f_lineno, sorted(f.f_locals.items()),
                     g.f_code.co_name, g.f_lineno, g.f_locals.get("i"), g.f_locals.get("acc"),
                     h.f_code.co_name))
    return total


def looked_at(k):
    local_a = k * 3
    local_b = (k, "b")
    r = looker(k)
    return r + local_a - k * 3 + len(local_b) - 2


def frames_seen(n):
    acc = 0
    for i in range(n):
        acc += looked_at(i)
    return acc


print("frames", frames_seen(3000))
for s in SEEN:
    print(" ", s)


def squares(k):
    for j in range(k):
        yield j * j + len(sys._getframe(1).f_code.co_name)


def gen_user(k):
    t = 0
    for x in squares(k % 4):
        t += x
    return t + sum(x for x in range(k % 3))


def via(k):
    return gen_user(k) + 1


def generators(n):
    t = 0
    for i in range(n):
        t += via(i)
    return t


print("generators", generators(3000))

SCALE = 1


def rebinder(k):
    global SCALE
    for _ in range(2):
        pass
    if k == 1700:
        SCALE = 10
    return k


def scaled(k):
    return rebinder(k) * SCALE


def rebound(n):
    t = 0
    for i in range(n):
        t += scaled(i)
    return t


print("rebound", rebound(3000), SCALE)


def depth_seen(k):
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d


def depth_via(k):
    return depth_seen(k)


def depths(n):
    seen = set()
    for i in range(n):
        seen.add(depth_via(i))
    return sorted(seen)


print("stack depth", depths(3000))


class Boom(Exception):
    pass


CALLER = []


def raiser(k):
    for j in range(2):
        if k == 2500 and j == 1:
            CALLER.append(sys._getframe(1))
            raise Boom(k)
    return k


def handles(k):
    try:
        return raiser(k)
    except Boom as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("caught in handles", out)
        return -1


def passes(k):
    return raiser(k) + 1


def raising(n):
    t = 0
    for i in range(n):
        t += handles(i)
    try:
        for i in range(n):
            t += passes(i)
    except Boom as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("caught in raising", out, i)
        # the traceback's frame of the caller is the frame the raising function saw as its f_back
        print("same caller frame", e.__traceback__.tb_next.tb_frame is CALLER[-1], CALLER[-1].f_lineno,
              CALLER[-1].f_locals)
    return t


print("raising", raising(3000))
