counter = 0
def bump_twice():
    global counter
    counter += 1
    counter += 1
bump_twice()
print(counter)

def make_globals():
    global alpha, beta
    alpha, beta = 1, 2
make_globals()
print(alpha, beta)

def global_in_nested():
    def inner():
        global from_inner
        from_inner = "set by inner"
    inner()
global_in_nested()
print(from_inner)

x = "module"
def shadow_then_global():
    def reader():
        return x
    return reader()
print(shadow_then_global())

class Holder:
    global class_level_global
    class_level_global = "assigned in class body"
print(class_level_global, hasattr(Holder, "class_level_global"))

def global_del():
    global temp
    temp = 1
    del temp
global_del()
print("temp" in globals())

g = globals()
def via_dict():
    g["dyn"] = "dynamic"
    return dyn
print(via_dict())
