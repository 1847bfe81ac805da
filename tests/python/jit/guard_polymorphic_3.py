# Three classes reaching one attribute-read site and one method-call site, with subclassing.

class A:
    k = 1
    def g(self):
        return "a"

class B(A):
    k = 2

class C(B):
    def g(self):
        return "c" + super().g()


def main():
    objs = [A() for _ in range(1500)] + [B(), C(), A()] * 500
    count = {}
    ks = 0
    for o in objs:
        r = o.g()
        count[r] = count.get(r, 0) + 1
        ks += o.k
    print(sorted(count.items()), ks)


main()
