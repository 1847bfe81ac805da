# A local the trace reads at its entry, deleted on a rare path of the loop (`del x`, or the end of
# an `except E as e:` clause): tier 1 enters the trace at the next back jump with the local
# unbound, and the trace must not read a null out of the frame (UnboundLocalError, as CPython).

def deleted_on_a_rare_branch(n):
    x = 0
    out = []
    for i in range(n):
        try:
            y = x
        except UnboundLocalError:
            y = -1
        out.append(y)
        if i % 7 == 3:
            del x
        else:
            x = i
    return out


def unbound_by_except_as(n):
    out = []
    e = 'start'
    for i in range(n):
        try:
            out.append(e)
        except UnboundLocalError as err:
            out.append(type(err).__name__)
        if i % 50 == 49:
            try:
                raise ValueError(i)
            except ValueError as e:
                pass
        else:
            e = i
    return out


def while_assigned_on_some_iterations(n):
    i = 0
    s = 0
    misses = 0
    while i < n:
        if i % 5 == 0:
            t = i
        try:
            s += t
        except UnboundLocalError:
            misses += 1
        if i % 97 == 96:
            del t
        i += 1
    return s, misses


def uncaught(n):
    x = 1
    total = 0
    for i in range(n):
        total += x
        if i == n - 2:
            del x
    return total


def main():
    r = deleted_on_a_rare_branch(3000)
    print(sum(r), r.count(-1), r[:12], r[-4:])
    r = unbound_by_except_as(3000)
    print(r.count('UnboundLocalError'), r[45:55], r[-3:])
    print(while_assigned_on_some_iterations(3000), while_assigned_on_some_iterations(10))
    try:
        uncaught(3000)
    except UnboundLocalError as err:
        print(type(err).__name__, err)


main()
