# PEP 563 annotations unparse f-string fields above a test's priority: lambdas and conditionals in parentheses
src = r'''from __future__ import annotations
def f(a: f'{(lambda x: x)}', b: f'{x if y else z}', d: f'{ {1: 2} }', e: f'{a or b}!{c!r:>{w}}',
      h: f'{not x}', i: f"{(*a,)}"): pass
print(f.__annotations__)
'''
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError", e)
