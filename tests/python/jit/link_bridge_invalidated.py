# A linked bridge whose assumptions are invalidated while it is linked: the global function and the
# class method it inlined are rebound, from inside the bridge's own path and between calls; the
# exit must stop calling the old bridge (its switch points guard the link) and grow a new one.


def small(x):
    return x + 1


def big(x):
    return x + 100


class Step:
    def go(self, x):
        return x * 2


def rebinding(n, at):
    global small
    s = 0
    for i in range(n):
        if i % 2:
            s = small(s)
            if i == at:
                small = big
        else:
            s -= 1
    return s


def method_rebound(n, at):
    st = Step()
    s = 1
    for i in range(n):
        if i % 3 == 0:
            s = st.go(s) % 100003
            if i == at:
                Step.go = lambda self, x: x + 7
        else:
            s += 1
    return s


orig_small = small
print(rebinding(5000, 3001))
print(rebinding(5000, -1))
small = orig_small
print(rebinding(5000, -1))
small = big
print(rebinding(3000, -1))
orig_go = Step.go
print(method_rebound(6000, 4500))
print(method_rebound(6000, -1))
Step.go = orig_go
print(method_rebound(6000, -1))
