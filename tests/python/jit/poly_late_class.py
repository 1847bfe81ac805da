# A loop over shapes that sees one class for a long time, then a second and a third class only
# late (after its trace and bridges settled), and finally a subclass that overrides one method:
# the late classes must grow bridges (or run in tier 1) with the same results.


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def scale(self, k):
        return Square(self.s * k)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.tag = "r"

    def area(self):
        if self.w > self.h:
            return self.w * self.h + 1
        return self.w * self.h

    def scale(self, k):
        return Rect(self.w * k, self.h)


class Tri:
    def __init__(self, b, h):
        self.base = b
        self.height = h

    def area(self):
        return self.base * self.height // 2

    def scale(self, k):
        return Tri(self.base, self.height * k)


class BigSquare(Square):
    def area(self):
        return Square.area(self) * 4


def total(shapes):
    t = 0
    n = 0
    for sh in shapes:
        t += sh.area() + sh.scale(2).area() % 11
        n += 1
    return t, n


def run(count, late):
    shapes = [Square(i % 13) for i in range(count)]
    for i, sh in enumerate(late):
        shapes[count - len(late) + i] = sh
    return total(shapes)


print(run(5000, []))
print(run(5000, [Rect(3, 4), Rect(5, 2)] * 50))
print(run(5000, [Rect(3, 4), Tri(6, 5), Square(2)] * 300))
print(run(5000, [BigSquare(3), Tri(1, 1), Rect(9, 1), Square(4)] * 400))
mixed = []
for i in range(6000):
    k = i % 10
    if k < 6:
        mixed.append(Square(k))
    elif k < 9:
        mixed.append(Rect(k, 10 - k))
    else:
        mixed.append(Tri(k, i % 7))
print(total(mixed))
