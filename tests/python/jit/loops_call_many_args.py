# Calls of functions with a loop (residual calls from the trace) with four and five arguments: a
# method of three arguments (raytrace's Scene.shadowed), a function of five, a class whose __init__
# loops, and six arguments (still refused). The callee reads the loop's locals and line through
# sys._getframe(1), and raises late: caught in the loop (the traceback's lines) and uncaught.
import sys

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

class Scene:
    def __init__(self, objects):
        self.objects = objects

    def shadowed(self, point, direction, distance):
        for o in self.objects:
            if o * direction + point > distance:
                return True
        return False

def spread(a, b, c, d, e):
    f = sys._getframe(1)
    t = f.f_locals.get("count", 100) + (f.f_lineno - f.f_code.co_firstlineno)
    for x in (a, b, c, d, e):
        t += x
    if t < 0:
        raise ValueError(t)
    return t

class Box:
    def __init__(self, a, b, c, d):
        self.total = 0
        for x in (a, b, c, d):
            self.total += x

def six(a, b, c, d, e, f):
    for x in (a, b, c, d, e, f):
        a += x
    return a

def run(n):
    scene = Scene([1.0, 2.0, 3.0])
    count = 0
    acc = 0
    for i in range(n):
        if scene.shadowed(0.5, i * 0.001, 4.0):
            count += 1
        try:
            acc += spread(i, 1, 2, 3, -2 * i if i == 2500 else 4)
        except ValueError as e:
            print("raised", i, e, tb_lines(e))
        acc += Box(i, 2, 3, 4).total
    return count, acc

print(run(3000))

def six_args(n):
    t = 0
    for i in range(n):
        t += six(1, 2, 3, 4, 5, i)
    return t

print(six_args(3000))

def uncaught(n):
    t = 0
    for i in range(n):
        t += spread(1, 2, 3, 4, -i if i > 2800 else 0)
    return t

print(uncaught(3000))
