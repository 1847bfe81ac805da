counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("counter", counter)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc()
print("closure count", get())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x

print(outer())

def define_global():
    global created_later
    created_later = "made inside function"

define_global()
print(created_later)

x = "module"
def reads_global():
    return x
def shadows():
    x = "local"
    return x
print(reads_global(), shadows(), x)

def unbound():
    print(y)
    y = 1

y = "global y"
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1

free_unbound()
