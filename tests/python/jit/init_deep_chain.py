# Raytrace's shape: the loop makes a Ray, whose __init__ calls direction.unit(), which calls
# self.length() (self @ self: __matmul__) and self * k (__mul__), which makes a Vec (__init__):
# four inlined frames deep, two of them __init__s. Exits from the deepest frames: an int component
# (a class guard in __matmul__), a NaN component (a branch in Vec.__init__ that looks at the frames
# behind it through sys._getframe, then int() raising there, caught in the loop with the
# traceback's lines), and finally uncaught. Through a camera method as well (raytrace's loop ->
# Camera.ray -> Ray.__init__ -> unit -> length -> __matmul__: four plain frames and an __init__).
import sys

SEEN = []

def frames():
    out = []
    f = sys._getframe(2)
    while f is not None and f.f_code.co_name != "<module>":
        loc = {k: v for k, v in f.f_locals.items() if isinstance(v, (int, float, str))}
        out.append((f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sorted(loc.items())))
        f = f.f_back
    return out

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
        if x != x:
            SEEN.append(frames())
        self.key = int(x * 1000.0)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return (self @ self) ** 0.5

    def unit(self):
        scale = 1.0 / self.length()
        return self * scale

class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def directions(n):
    return [Vec(float(i % 17) + 0.5, 1.0, 2.0) for i in range(n)]

def shoot(dirs):
    origin = Vec(0.0, 0.0, 0.0)
    total = 0.0
    keys = 0
    for i in range(len(dirs)):
        try:
            ray = Ray(origin, dirs[i])
        except ValueError as e:
            print("raised", i, e, tb_lines(e))
            continue
        d = ray.direction
        total += d.x + d.y + d.z
        keys += d.key
    return round(total, 6), keys

dirs = directions(3000)
dirs[2100].x = 7
dirs[2300].y = float("nan")
print(shoot(dirs))
print(SEEN)
print(shoot(directions(3000)))

class Camera:
    def __init__(self, eye):
        self.eye = eye

    def ray(self, d):
        return Ray(self.eye, d)

def through_camera(dirs):
    cam = Camera(Vec(0.0, 0.0, 1.0))
    total = 0.0
    for d in dirs:
        try:
            r = cam.ray(d)
        except ValueError as e:
            print("camera raised", e, tb_lines(e))
            continue
        total += r.direction.x + r.origin.z
    return round(total, 6)

dirs = directions(3000)
dirs[1900].z = 3
dirs[2500].x = 2
dirs[2600].x = float("inf")
print(through_camera(dirs))
print(SEEN[-1])

def uncaught(dirs):
    origin = Vec(0.0, 0.0, 0.0)
    t = 0.0
    for d in dirs:
        t += Ray(origin, d).direction.z
    return t

dirs = directions(3000)
dirs[2700].x = float("nan")
print(uncaught(dirs))
