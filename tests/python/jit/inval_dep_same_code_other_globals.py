# One code object run with two globals dicts (types.FunctionType): a trace recorded under one
# must not use its constant globals under the other.
import types
src = '''
def f():
    t = 0
    for i in range(3000):
        t += K
    return t
'''
g1 = {'K': 1}
exec(src, g1)
f2 = types.FunctionType(g1['f'].__code__, {'K': 2})
print(g1['f'](), f2(), g1['f'](), f2())
