x = 10
result = [x for x in range(3)]
print(result, x)
gen = (x * 2 for x in range(3))
print(list(gen), x)
print({x: x for x in "ab"}, x)
print({x for x in [5]}, x)

def nested_comps():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested_comps())

class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals if w > v]
    except NameError as e:
        pairs = "error " + str(e)
    factor = 10
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.pairs, C.scaled)

def closure_in_comp():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(closure_in_comp())

def capture_by_default():
    return [(lambda i=i: i)() for i in range(3)]
print(capture_by_default())

def walrus_leaks():
    [y := i for i in range(4)]
    return y
print(walrus_leaks())

def comp_sees_enclosing():
    base = 100
    return [base + i for i in range(3)]
print(comp_sees_enclosing())
try:
    [j for j in range(3)]
    print(j)
except NameError as e:
    print(type(e).__name__, e)
