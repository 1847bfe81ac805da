# Globals that are a dict subclass (exec's globals argument): a function defined there reads its
# globals through the mapping's __getitem__/__missing__, as CPython's LOAD_GLOBAL slow path does,
# also in a hot loop; a KeyError means "not there" (builtins next), anything else propagates.
class G(dict):
    def __missing__(self, k):
        if k == "Y":
            return 7
        if k == "BAD":
            raise ValueError("no BAD here")
        raise KeyError(k)


g = G()
exec("print(Y)", g)
exec("def f():\n    return Y, len('ab')\nprint(f())", g)
exec("def h():\n    t = 0\n    for i in range(3000):\n        t += Y + i\n    return t\nprint(h())", g)
exec("def bad():\n    return BAD\ntry:\n    bad()\nexcept ValueError as e:\n    print('ValueError', e)", g)
exec("def missing():\n    return NOPE\ntry:\n    missing()\nexcept NameError as e:\n    print('NameError', e)", g)
