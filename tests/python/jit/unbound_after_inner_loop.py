# Locals an inner loop assigns (read back from the frame after the inner loop's trace ran) are
# unbound when the inner loop ran no iteration; and an outer loop that deletes a local the inner
# loop's trace reads at its entry.

def assigned_by_inner_loop(n):
    out = []
    for i in range(n):
        for j in range(i % 4):
            x = j
        try:
            out.append(x)
        except UnboundLocalError:
            out.append('u')
        if i % 4 == 3:
            del x
    return out


def deleted_by_outer_loop(n):
    out = []
    a = 0
    for i in range(n):
        for j in range(3):
            try:
                out.append(a + j)
            except UnboundLocalError:
                out.append('u')
        if i % 5 == 2:
            del a
        else:
            a = i
    return out


def main():
    r = assigned_by_inner_loop(3000)
    print(r.count('u'), r[:12])
    r = deleted_by_outer_loop(1000)
    print(r.count('u'), sum(v for v in r if v != 'u'), r[6:15])


main()
