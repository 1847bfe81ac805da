# A loop of two iterations whose body is too long for one trace (a light loop of a ray tracer,
# each iteration a few vector methods inlined), called many times from an outer loop: the
# JIT may decline to split such a short loop (its pieces would be thrown away as too short to
# pay), and whatever it does the results must be the interpreter's, including the iteration
# where a light is skipped by `continue`.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())


class Light:
    def __init__(self, pos, power):
        self.pos = pos
        self.power = power


def shade(point, normal, lights, view):
    total = V(0.0, 0.0, 0.0)
    for light in lights:
        to_light = light.pos - point
        dist = to_light.length()
        to_light = to_light * (1.0 / dist)
        lambert = normal.dot(to_light)
        if lambert <= 0.0:
            continue
        total = total + V(lambert, lambert, lambert) * light.power
        half = (to_light - view).unit()
        phong = normal.dot(half)
        if phong > 0.0:
            total = total + V(1.0, 1.0, 1.0) * (light.power * phong ** 8)
        back = (point - light.pos).unit() * (0.5 / dist)
        total = total + back * 0.25
    return total


def main():
    lights = [Light(V(-5.0, 8.0, 6.0), 0.8), Light(V(6.0, 5.0, -4.0), 0.4)]
    normal = V(0.0, 1.0, 0.0)
    view = V(0.0, -0.6, -0.8)
    acc = 0.0
    samples = []
    for i in range(3000):
        point = V(i % 37 - 18.0, (i % 5) * 0.1, i % 23 - 11.0)
        c = shade(point, normal if i % 97 else V(0.0, -1.0, 0.0), lights, view)
        acc += c.x + c.y * 0.5 + c.z * 0.25
        if i % 600 == 0:
            samples.append((i, round(c.x, 6), round(c.z, 6)))
    print(round(acc, 4))
    print(samples)


main()
