def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def reset():
        nonlocal count
        count = 0
    def get():
        return count
    return inc, reset, get
inc, reset, get = make()
inc(); inc()
print(get())
reset()
print(get())

def shared_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [fn() for fn in fns]
print(shared_loop())

def rebinding_after_closure():
    x = 1
    def show():
        return x
    first = show()
    x = 2
    return first, show()
print(rebinding_after_closure())

def nonlocal_in_nested_class():
    v = "outer"
    class K:
        def set(self):
            nonlocal v
            v = "changed from method"
    K().set()
    return v
print(nonlocal_in_nested_class())

def generator_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return list(gen()), total
print(generator_closure())

def del_cell():
    x = 1
    def get():
        return x
    del x
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_cell())
