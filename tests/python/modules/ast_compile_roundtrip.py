# compile() of trees from ast.parse: the compiled tree behaves as the compiled source.
import ast
import io
import contextlib

PROGRAMS = [
    "x = 1\ny = x + 2\nprint(x, y)",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, sorted(kw))\nprint(f(1, c=3), f(1, 2, 3, c=5, e=6))",
    "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = outer(); i(); print(i())",
    "class A:\n    '''doc'''\n    k = 3\n    def m(self):\n        return self.k * 2\nclass B(A):\n    k = 5\nprint(B().m(), A.__doc__, B.__qualname__)",
    "print([i * i for i in range(5) if i % 2], {k: v for k, v in zip('ab', 'cd')}, {x % 3 for x in range(9)})",
    "print(list(x for x in range(3)), sum(i for i in range(4)))",
    "def g():\n    yield 1\n    r = yield from [2, 3]\n    return r\nprint(list(g()))",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    print('no')\nfinally:\n    print('fin')",
    "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as e:\n    print('v', e.exceptions)\nexcept* TypeError as e:\n    print('t', e.exceptions)",
    "for p in [(1, 2), [3], {'k': 1}, 5, 'ab']:\n    match p:\n        case (a, b):\n            print('pair', a, b)\n        case [a]:\n            print('one', a)\n        case {'k': v}:\n            print('map', v)\n        case int(n) if n > 3:\n            print('int', n)\n        case _:\n            print('other', p)",
    "async def co(x):\n    return x * 2\nasync def main():\n    async def agen():\n        for i in range(3):\n            yield i\n    return [v async for v in agen()], await co(21)\ntry:\n    main().send(None)\nexcept StopIteration as e:\n    print(e.value)",
    "name = 'w'\nwidth = 6\nprint(f'{name!r:>{width}}|{3.14159:.2f}|{name=}')",
    "def deco(f):\n    return lambda *a: f(*a) + 1\n@deco\ndef h(x):\n    return x\nprint(h(41))",
    "g = 0\ndef setg():\n    global g\n    g = 9\nsetg()\nprint(g)",
    "import contextlib\n@contextlib.contextmanager\ndef cm():\n    print('enter')\n    yield 5\n    print('exit')\nwith cm() as v, cm():\n    print('in', v)",
    "if (n := len('abcd')) > 3:\n    print('walrus', n)\nwhile n:\n    n -= 1\n    if n == 1:\n        break\nelse:\n    print('never')\nprint(n)",
    "a, *b, c = range(6)\nprint(a, b, c)\nd = {'x': 1}\nprint({**d, 'y': 2}, [*b, *b], f(*b) if False else None)",
    "x: int = 5\ndef ann(a: int, b: 'str' = '') -> list: pass\nprint(__annotations__, ann.__annotations__)",
    "del_me = [1, 2, 3]\ndel del_me[0]\nprint(del_me)\nassert del_me == [2, 3], 'msg'\nlst = [0] * 4\nlst[1:3] = [7, 8]\nprint(lst[::-1], lst[1:])",
    "from os import path as p\nimport sys, os.path\nprint(p is os.path, sys.maxsize > 0)",
    "print(1 < 2 < 3, not 0, -(-3), ~5, 2 ** 10, 7 // 2, 7 % 3, 1 if 0 else 2, 'a' and 'b' or 'c', b'x' * 2, 1j * 1j, ...)",
    "class M(type):\n    def __new__(m, n, b, ns, **kw):\n        ns['extra'] = kw\n        return super().__new__(m, n, b, ns)\nclass C(metaclass=M, flag=1):\n    pass\nprint(C.extra)",
    "def f():\n    '''docstring'''\n    return f.__doc__\nprint(f(), (lambda: 0).__name__)",
    "def kw(a, /, b, *, c):\n    return a, b, c\nprint(kw(1, b=2, c=3))",
    "print('\\u00e9t\\u00e9', 'caf\u00e9'.upper(), len('\U0001F600'))",
]

for src in PROGRAMS:
    tree = ast.parse(src)
    direct, via_ast = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(direct):
        exec(compile(src, "<src>", "exec"), {"__name__": "m"})
    with contextlib.redirect_stdout(via_ast):
        exec(compile(tree, "<ast>", "exec"), {"__name__": "m"})
    print(via_ast.getvalue() == direct.getvalue(), via_ast.getvalue().rstrip())

# eval mode and single mode
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<ast>", "eval")))
print(eval(compile(ast.Expression(body=ast.Constant(42, lineno=1, col_offset=0)), "<e>", "eval")))
exec(compile(ast.parse("7 * 6", mode="single"), "<s>", "single"))
exec(compile(ast.parse("None", mode="single"), "<s>", "single"))

# the code object carries the filename and names given to compile()
code = compile(ast.parse("def f():\n    return 1\n"), "somefile.py", "exec")
print(code.co_filename, code.co_name, [c.co_name for c in code.co_consts if hasattr(c, "co_name")])

# PyCF_ONLY_AST with an AST input returns the same object
t = ast.parse("x")
print(compile(t, "<x>", "exec", ast.PyCF_ONLY_AST) is t, compile(t, "<x>", "exec", flags=0, dont_inherit=True).co_name)

# optimize=1 drops asserts, optimize=2 docstrings too
src = "def f():\n    '''d'''\n    assert False, 'boom'\n    return f.__doc__\n"
for opt in (0, 1, 2):
    ns = {}
    exec(compile(ast.parse(src), "<o>", "exec", optimize=opt), ns)
    try:
        print(opt, ns["f"]())
    except AssertionError as e:
        print(opt, "AssertionError", e)
