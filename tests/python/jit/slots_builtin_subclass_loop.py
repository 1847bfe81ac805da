# Hot loops over __slots__ members of builtin subclasses: traces load and store them through
# the member descriptor, and leave when a slot is unset or an instance of another class comes.

class Vec(list):
    __slots__ = ('scale', 'count')

class Num(float):
    __slots__ = ('weight',)

class Err(Exception):
    __slots__ = ('code',)


def run(v, n):
    total = 0
    for i in range(n):
        v.count = v.count + 1
        total += v.scale * v[i % len(v)]
    return total


v = Vec([1, 2, 3])
v.scale = 2
v.count = 0
print(run(v, 2000), v.count)
v.scale = 0.5
print(run(v, 2000), v.count)


def weigh(items):
    out = 0.0
    for x in items:
        try:
            out += x * x.weight
        except AttributeError as e:
            out -= 1
            print("unset:", e)
    return out


nums = []
for k in range(1500):
    x = Num(k / 4)
    if k % 500 != 499:
        x.weight = k % 7
    nums.append(x)
print(weigh(nums))


def codes(n):
    seen = 0
    for i in range(n):
        try:
            e = Err(i)
            if i % 3:
                e.code = i
            raise e
        except Err as caught:
            seen += getattr(caught, 'code', -1)
    return seen


print(codes(3000))


class Other(list):
    __slots__ = ('scale', 'count')


def mixed(objs):
    s = 0
    for o in objs:
        s += o.scale
    return s


objs = [v] * 1000 + [Other()] * 10
for o in objs[1000:]:
    o.scale = 3
print(mixed(objs))
try:
    Vec.scale.__get__(objs[-1], Other)
except TypeError as e:
    print(e)
