# A local assigned before the loop on some calls only, or rebound and deleted by paths a bridge
# covers: the trace (or bridge) reads it where the recording saw it bound, and is entered later
# with it unbound.

def conditionally_assigned(flag, n):
    if flag:
        z = 5
    acc = []
    for i in range(n):
        try:
            acc.append(z)
        except UnboundLocalError:
            acc.append('u')
    return acc


def read_by_a_bridge(n):
    out = []
    w = 1
    for i in range(n):
        if i % 3 == 0:
            try:
                out.append(w + 1)
            except UnboundLocalError:
                out.append('u')
        else:
            out.append(i)
        if i % 11 == 5:
            del w
        elif i % 11 == 8:
            w = i
    return out


def copied_then_used(n):
    # the null must not reach a store into another local, an attribute or a container either
    class Box:
        pass
    b = Box()
    d = {}
    seen = []
    v = 'v'
    for i in range(n):
        try:
            u = v
            b.last = v
            d[i % 4] = v
            seen.append((u, b.last, d[i % 4]))
        except UnboundLocalError:
            seen.append('u')
        if i % 17 == 16:
            del v
        elif i % 17 == 2:
            v = i
    return seen


def main():
    total = 0
    for k in range(40):
        total += conditionally_assigned(k % 3 != 0, 100).count('u')
    print(total, conditionally_assigned(True, 3), conditionally_assigned(False, 3))
    r = read_by_a_bridge(3000)
    print(r.count('u'), sum(v for v in r if v != 'u'), r[:12])
    r = copied_then_used(2000)
    print(r.count('u'), r[14:22], r[-3:])


main()
