def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late_binding():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late_binding()])

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
a = counter()
b = counter()
print(a(), a(), b(), a())

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())

def cells():
    v = "captured"
    def use():
        return v
    return use
fn = cells()
print(fn.__closure__[0].cell_contents)
print(fn.__code__.co_freevars)
print(cells.__code__.co_cellvars)

# Closures share the cell.
def pair():
    val = 0
    def get():
        return val
    def put(x):
        nonlocal val
        val = x
    return get, put
get, put = pair()
put(42)
print(get())

# A class body does not create an enclosing scope for methods.
def factory():
    y = "from factory"
    class K:
        y = "class attr"
        def m(self):
            return y
    return K().m()
print(factory())
