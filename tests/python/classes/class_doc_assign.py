# A class's __doc__ can be rebound (namedtuple-based classes in urllib.parse do); builtin types refuse
from collections import namedtuple

class A:
    "first"

A.__doc__ = 'second'
print(A.__doc__, A().__doc__)
B = namedtuple('B', 'x y')
B.__doc__ = 'a pair'
print(B.__doc__)
for target, action in [(int, 'set'), (A, 'del')]:
    try:
        if action == 'set':
            target.__doc__ = 'x'
        else:
            del target.__doc__
    except TypeError as e:
        print('TypeError', e)
