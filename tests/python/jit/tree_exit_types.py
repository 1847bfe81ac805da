# A loop whose three-way branch grows bridges that the JIT compiles into the loop's class (a
# trace tree); later iterations leave from inside those bridges with live values of several
# types (int, float, str, tuple, None, an instance), which must reach tier 1 intact.


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%r)" % (self.v,)


def run(n, flip):
    i_val = 0
    f_val = 0.5
    s_val = "s"
    t_val = (1, 2)
    none_val = None
    p = P(0)
    out = []
    for i in range(n):
        k = i % 3
        if k == 0:
            i_val += 7
            t_val = (i, k)
        elif k == 1:
            f_val = f_val * 0.5 + i
            s_val = "x" if i & 4 else "y"
        else:
            p = P(i)
            none_val = None if i & 8 else i
        if i >= flip:
            # leaves the loop's trace (or the bridge it is in) on a path never recorded
            if k == 1:
                out.append(("a", i_val, f_val, s_val))
            elif k == 2 and isinstance(none_val, int):
                out.append(("b", t_val, p.v, none_val))
            else:
                out.append(("c", i, p))
            if len(out) > 6:
                break
    return i_val, f_val, s_val, t_val, none_val, p, out


for n, flip in ((3000, 2990), (60000, 59990), (200, 150)):
    print(run(n, flip))
for rep in range(40):
    r = run(300, 290 - rep)
print(r)
