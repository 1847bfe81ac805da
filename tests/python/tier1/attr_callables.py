# Call sites (obj.name(...)) whose target is a static method, an instance attribute
# holding a callable, or a class attribute holding a builtin, changing mid-loop.


def double(x):
    return 2 * x


class T:
    @staticmethod
    def s(x):
        return x + 1

    conv = str
    helper = double

    def __init__(self):
        self.cb = lambda x: x * 10


t = T()
out = []
for i in range(300):
    out.append((T.s(i), t.s(i), t.cb(i), t.conv(i), T.conv(i), T.helper(i)))
    if i == 60:
        T.__dict__["s"].__init__(lambda x: -x)
    if i == 120:
        t.cb = abs
    if i == 150:
        T.s = staticmethod(lambda x: x * x)
    if i == 200:
        T.conv = repr
        t.s = lambda x: "instance s"
    if i == 250:
        del t.s
        del T.helper
        T.helper = staticmethod(double)
print(out[::19])


# Instances whose callable attribute comes from different shapes at one site.
class U:
    def __init__(self, order):
        if order:
            self.a = 1
            self.f = lambda: "f1"
        else:
            self.f = lambda: "f2"
            self.a = 2


us = [U(k % 2) for k in range(4)]
print([u.f() + str(u.a) for u in us * 30][::7])
