# compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (the asyncio REPL's flag): await, async for,
# async with and asynchronous comprehensions compile in the module's own code, which is then
# CO_COROUTINE: eval() of it returns a coroutine and a function made from it is a coroutine
# function; without the flag, or inside a def, they are still errors.
import ast, asyncio, types
from textwrap import dedent
CO_COROUTINE = 0x80

async def arange(n):
    for i in range(n):
        yield i

samples = [
    'a = await asyncio.sleep(0, result=1)',
    'async for i in arange(1):\n    a = 1',
    'async with asyncio.Lock() as l:\n    a = 1',
    'a = [x async for x in arange(2)][1]',
    'a = 1 in {x async for x in arange(2)}',
    'a = {x:1 async for x in arange(1)}[0]',
    'a = [x async for x in arange(2) async for x in arange(2)][1]',
    'a = [x async for x in (x async for x in arange(5))][1]',
    'a, = [1 for x in {x async for x in arange(1)}]',
    'a = [await asyncio.sleep(0, x) async for x in arange(2)][1]',
]
for mode in ('single', 'exec'):
    for src in samples:
        try:
            compile(src, '?', mode)
            print('compiled without the flag', src)
        except SyntaxError as e:
            pass
        co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(mode, bool(co.co_flags & CO_COROUTINE), end=' ')
        g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        asyncio.run(types.FunctionType(co, g)())
        g2 = {'asyncio': asyncio, 'a': 0, 'arange': arange}
        r = eval(co, g2)
        print(type(r).__name__, end=' ')
        asyncio.run(r)
        print(g['a'], g2['a'])
for src, mode in [('ge = (i async for i in arange(2))', 'exec'), ('(await asyncio.sleep(0, x) for x in range(2))', 'exec'),
                  ('(i async for i in arange(2))', 'eval')]:
    co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    r = eval(co, {'asyncio': asyncio, 'arange': arange})
    print(mode, bool(co.co_flags & CO_COROUTINE), type(r).__name__)
    r.close()
co = compile('x = 1 + 2', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(co.co_flags & CO_COROUTINE))
for bad in ['def f():  await arange(10)\n', 'def f():  [x async for x in arange(10)]\n',
            'def f():\n    async for i in arange(1):\n        a = 1\n', 'lambda: await x\n']:
    try:
        compile(bad, '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
g = {'asyncio': asyncio}
co = compile('await asyncio.sleep(0)\nyield_ = 5', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
c = eval(co, g)
print(type(c).__name__, c.cr_code is co)
asyncio.run(c)
print(g['yield_'])

# the asyncio REPL (python -m asyncio) compiles each statement with the flag and awaits it
import subprocess
import sys
session = 'await asyncio.sleep(0, result=5)\nx = await asyncio.sleep(0, result=7)\nx\nasync def f():\n    return 3\n\nawait f()\n'
p = subprocess.run([sys.executable, '-m', 'asyncio'], input=session.encode(), capture_output=True)
err = p.stderr.decode()
print(p.returncode, p.stdout.decode().split(), err[err.index('>>>'):].split())
