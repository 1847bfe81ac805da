# Code objects through marshal: they load back and run (Taipan writes its own code record, so
# only the behaviour is compared, never the bytes).
import marshal

src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2

result = [fib(i) for i in range(10)], Point(3, 4).norm2(), {1.5, 'k'} == {'k', 1.5}, f"{2 + 3!r:>4}"
'''
code = compile(src, 'demo.py', 'exec')
for version in range(5):
    data = marshal.dumps(code, version)
    back = marshal.loads(data)
    ns = {}
    exec(back, ns)
    print(version, type(back).__name__, back.co_name, back.co_filename, ns['result'])
    print(back.co_names == code.co_names, back.co_firstlineno)

f = lambda a, b=2: a * b
g = marshal.loads(marshal.dumps(f.__code__))
print(g.co_varnames, g.co_argcount, g.co_name)
e = marshal.loads(marshal.dumps(compile('a * b + len(c)', 'expr', 'eval')))
print(eval(e, {'a': 4, 'b': 5, 'c': 'xyz'}))
both = marshal.loads(marshal.dumps((f.__code__, f.__code__)))
print(both[0] is both[1], marshal.loads(marshal.dumps([f.__code__, 1]))[1])
