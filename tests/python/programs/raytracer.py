# A tiny ray tracer with a Vector class using operator overloading. Renders a
# scene of spheres and a plane into ASCII art and prints a checksum.


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return (self @ self) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    __hash__ = None

    def norm(self):
        return self / abs(self)

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc @ ray.direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal(self, point):
        return (point - self.center).norm()


class Plane:
    def __init__(self, point, normal_vec, shade):
        self.point = point
        self.n = normal_vec.norm()
        self.shade = shade

    def hit(self, ray):
        denom = self.n @ ray.direction
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin) @ self.n / denom
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.n


SCENE = [
    Sphere(Vec(0.0, 0.0, -5.0), 1.0, 1.0),
    Sphere(Vec(2.0, 0.5, -6.0), 1.2, 0.8),
    Sphere(Vec(-2.2, -0.3, -4.5), 0.7, 0.6),
    Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), 0.5),
]
LIGHT = Vec(-3.0, 5.0, 0.0)
PALETTE = " .:-=+*#%@"


def trace(ray):
    nearest = None
    for obj in SCENE:
        t = obj.hit(ray)
        if t is not None and (nearest is None or t < nearest[0]):
            nearest = (t, obj)
    if nearest is None:
        return 0.0
    t, obj = nearest
    point = ray.at(t)
    to_light = (LIGHT - point).norm()
    shadow_ray = Ray(point, to_light)
    for other in SCENE:
        if other is not obj:
            st = other.hit(shadow_ray)
            if st is not None and st < abs(LIGHT - point):
                return 0.1 * obj.shade
    diffuse = max(0.0, obj.normal(point) @ to_light)
    return min(1.0, 0.1 + 0.9 * diffuse * obj.shade)


def render(width, height):
    eye = Vec(0.0, 0.0, 0.0)
    rows = []
    total = 0
    for j in range(height):
        row = []
        for i in range(width):
            x = (i + 0.5) / width * 2 - 1
            y = 1 - (j + 0.5) / height * 2
            value = trace(Ray(eye, Vec(x * 1.6, y, -1.5)))
            level = int(value * (len(PALETTE) - 1) + 0.5)
            total = (total * 31 + level) % 1000000007
            row.append(PALETTE[level])
        rows.append("".join(row).rstrip())
    return rows, total


a = Vec(1.0, 2.0, 2.0)
print(a, abs(a), a.norm(), a @ Vec(1.0, 0.0, 0.0), -a, 2 * a, a / 2, a == Vec(1.0, 2.0, 2.0))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
image, checksum = render(48, 20)
for line in image:
    print("|" + line)
print("checksum:", checksum)
