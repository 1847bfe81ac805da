len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))

def f():
    print = lambda *a: None
    print("invisible")
    return "local print shadowed"
print(f())

def uses_builtin_before_global_defined():
    return later_global
try:
    uses_builtin_before_global_defined()
except NameError as e:
    print(type(e).__name__, e)
later_global = "now defined"
print(uses_builtin_before_global_defined())

def shadow_param(list):
    return list
print(shadow_param("param named list"), list("ok"))

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())

def conditional_local(flag):
    if flag:
        value = "set"
    return value
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())

def except_var_cleared():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(except_var_cleared())
