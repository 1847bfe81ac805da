# Unbound names the trace reads through a cell (a deleted closure variable: NameError or
# UnboundLocalError) and locals of inlined callees assigned on some calls only.

def deleted_cell(n):
    c = 0
    def get():
        return c
    out = []
    for i in range(n):
        try:
            out.append(c)
        except NameError as ex:
            out.append(type(ex).__name__)
        try:
            out.append(get())
        except NameError as ex:
            out.append(type(ex).__name__)
        if i % 13 == 7:
            del c
        else:
            c = i
    return out


def nonlocal_rebound(n):
    c = 0
    def bump(i):
        nonlocal c
        if i % 10 == 9:
            del c
        else:
            c = i
    out = []
    for i in range(n):
        try:
            out.append(c)
        except NameError as ex:
            out.append(type(ex).__name__)
        bump(i)
    return out


def callee(i):
    if i % 4:
        loc = i
    try:
        return loc
    except UnboundLocalError:
        return 'u'


def caller(n):
    out = []
    for i in range(n):
        out.append(callee(i))
    return out


def main():
    r = deleted_cell(3000)
    print(r.count('UnboundLocalError'), r.count('NameError'), r[:20])
    r = nonlocal_rebound(3000)
    print(r.count('NameError'), r.count('UnboundLocalError'), r[:12])
    r = caller(3000)
    print(r.count('u'), r[:9])


main()
