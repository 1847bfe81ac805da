"""Ray-tracer benchmark: spheres and a checkered plane, lit by two lights, with reflections.

Vectors are immutable objects with overloaded operators (+, -, unary -, * by a scalar, @ for
the dot product); every pixel shoots a ray, follows up to three reflections and shades with
Lambert and Phong terms and shadow rays. The checksum folds the 8-bit colours of the image.
Exercises operator overloading, object allocation, isinstance-free polymorphism and floats.

Usage: python3 bench/raytrace.py [N]    N = image width and height in pixels
"""
# bench-size: default=250 quick=16
import sys

from _iterclock import iteration_clock

EPSILON = 1e-7
INFINITY = float("inf")


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return (self @ self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def reflect(self, normal):
        return self - normal * (2.0 * (self @ normal))


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        if isinstance(k, Colour):
            return Colour(self.r * k.r, self.g * k.g, self.b * k.b)
        return Colour(self.r * k, self.g * k, self.b * k)

    def to_bytes(self):
        return tuple(255 if c >= 1.0 else (0 if c <= 0.0 else int(c * 255.0))
                     for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, reflect, checker=None):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, point):
        if self.checker is None:
            return self.colour
        if (int(point.x * 0.5 + 1000.0) + int(point.z * 0.5 + 1000.0)) % 2:
            return self.checker
        return self.colour


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc @ ray.direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return INFINITY
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return INFINITY

    def normal(self, point):
        return (point - self.centre).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.norm = normal.unit()
        self.material = material

    def hit(self, ray):
        denom = ray.direction @ self.norm
        if -EPSILON < denom < EPSILON:
            return INFINITY
        t = ((self.point - ray.origin) @ self.norm) / denom
        return t if t > EPSILON else INFINITY

    def normal(self, point):
        return self.norm


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest(self, ray):
        best_t = INFINITY
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            if obj.hit(ray) < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal(point)
        material = obj.material
        base = material.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            if self.shadowed(point, to_light, distance):
                continue
            lambert = normal @ to_light
            if lambert > 0.0:
                colour = colour + (base * light.colour) * (lambert * material.diffuse)
            half = (to_light - ray.direction).unit()
            phong = normal @ half
            if phong > 0.0:
                colour = colour + light.colour * (material.specular * phong ** 20)
        if depth < 3 and material.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour + self.trace(bounce, depth + 1) * material.reflect
        return colour


class Camera:
    def __init__(self, eye, look_at, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (look_at - eye).unit()
        self.right = self.forward.cross(Vec(0.0, 1.0, 0.0)).unit() * 1.5
        self.up = self.right.cross(self.forward).unit() * 1.5

    def ray(self, px, py):
        sx = (px + 0.5) / self.width - 0.5
        sy = 0.5 - (py + 0.5) / self.height
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


def build_scene():
    shiny = Material(Colour(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)
    matte = Material(Colour(0.2, 0.8, 0.3), 0.9, 0.1, 0.0)
    mirror = Material(Colour(0.9, 0.9, 0.9), 0.2, 0.9, 0.7)
    floor = Material(Colour(0.9, 0.9, 0.9), 0.8, 0.0, 0.2, Colour(0.1, 0.1, 0.1))
    objects = [
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, shiny),
        Sphere(Vec(-2.2, 0.7, 1.2), 0.7, matte),
        Sphere(Vec(2.0, 1.3, -1.5), 1.3, mirror),
        Sphere(Vec(0.8, 0.35, 2.0), 0.35, matte),
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        Light(Vec(-5.0, 8.0, 6.0), Colour(0.8, 0.8, 0.8)),
        Light(Vec(6.0, 5.0, 4.0), Colour(0.4, 0.4, 0.5)),
    ]
    return Scene(objects, lights, 0.1)


def main(size):
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.5, 8.0), Vec(0.0, 0.8, 0.0), size, size)
    fold = 0
    lit = 0
    tick = iteration_clock()
    for py in range(size):
        for px in range(size):
            r, g, b = scene.trace(camera.ray(px, py), 0).to_bytes()
            if r or g or b:
                lit += 1
            fold = (fold * 31 + (r << 16 | g << 8 | b)) % 1000000007
        tick()
    print("checksum raytrace", size, lit, fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250)
