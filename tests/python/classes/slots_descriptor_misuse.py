# A __slots__ member descriptor set on an unrelated class applies to none of its instances (TypeError
# every time, never another member's storage), and sort's reverse= takes integers only.
class X:
    __slots__ = ('p',)
class Y:
    __slots__ = ('q',)
Y.alias = X.p
y = Y(); y.q = 'Q'
for i in range(3000):
    try:
        y.alias = i
    except TypeError as e:
        if i < 3: print(e)
    try:
        y.alias
    except TypeError as e:
        if i < 3: print(e)
print(y.q)
class Z: pass
Z.alias = X.p
z = Z()
for i in range(3000):
    try:
        z.alias = i
        print(z.alias)
    except TypeError as e:
        if i < 2: print(e)
for r in ('x', 1.5, None, [], 2**100, -2**100, 2**31, -1.0, 0, 3, True):
    try: print(sorted([2, 1, 3], reverse=r))
    except Exception as e: print(type(e).__name__, e)
