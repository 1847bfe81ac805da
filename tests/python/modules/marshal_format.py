# marshal.dumps bytes (as hex) for many values in every version 0-4, and loads of them back.
import marshal

VALUES = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 255, 256, 257, -5, -6, 1000, -1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**45,
    -2**45, 2**63, -2**63 - 1, 2**100, -(2**100) + 12345, 10**50, 32767, 32768, 2**15 * 3,
    0.0, -0.0, 1.5, -2.25, 0.1, 1e22, 1e-300, 1.7976931348623157e308, 5e-324, 123456789.123456789,
    float('inf'), -float('inf'),
    1j, -2.5j, 1.5 + 2j, complex(0.1, -0.2),
    b'', b'abc', b'\x00\xff' * 3, bytes(range(256)),
    '', 'a', 'abc', 'hello world', 'x' * 300, 'snake_case_1', '\u00e9', 'caf\u00e9', '\u20ac\u2603',
    '\U0001f600', 'a\U0001f600b', '\ud800', '\udcff x', 'ascii but spaced', 'A' * 255, 'B' * 256,
    (), (1,), (1, 2, 3), ('a', 'a'), (1.5, 1.5), ((1, 2), (1, 2)), tuple(range(300)),
    (None, True, ..., (b'x', 'y')),
    frozenset(), frozenset({1, 2, 3}), frozenset({'b', 'a', 'c'}), frozenset({(1, 'x'), (2, 'y')}),
]

for v in VALUES:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        same = back == v or (v != v and back != back)
        shown = sorted(map(repr, v)) if isinstance(v, frozenset) else v
        print(version, repr(shown)[:40], data.hex()[:120], len(data), same, type(back).__name__)

# containers built at run time (CPython leaves them unmarked: only one reference)
print(marshal.dumps([1, 2, 3]).hex())
print(marshal.dumps([]).hex(), marshal.dumps({}).hex(), marshal.dumps(set()).hex())
print(marshal.dumps({'a': 1, 'b': [1.5, 'a']}).hex())
print(marshal.dumps([[1], [2, [3]]]).hex())
print(marshal.dumps({1, 2, 3}).hex(), marshal.dumps({'z', 'y', 'x'}).hex())
print(marshal.dumps([b'ab', bytearray(b'cd'), memoryview(b'ef')]).hex())
for version in range(5):
    print(version, marshal.dumps({'k': (1, 'k'), 'l': [None, 2**40]}, version).hex())
shared = [1, 2]
print(marshal.dumps([shared, shared]).hex(), marshal.dumps([shared, shared], 2).hex())
d = {}
d['self'] = d
print(marshal.dumps(d).hex())
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back)
l = [shared, shared]
back = marshal.loads(marshal.dumps(l))
print(back[0] is back[1], back)
back = marshal.loads(marshal.dumps(l, 2))
print(back[0] is back[1], back)

# errors
for bad in [object(), [1, object()], {1: {2}}, type('I', (int,), {})(5), type('L', (list,), {})(),
            print, 1 + 2j if False else int]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
deep = []
cur = deep
for i in range(2100):
    cur.append([])
    cur = cur[0]
try:
    marshal.dumps(deep)
except ValueError as e:
    print('ValueError', e)
for args in [(), (1, 2, 3), (1, 'x'), (1, None)]:
    try:
        marshal.dumps(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print('TypeError', e)
print(marshal.version, marshal.dumps(7, 99).hex(), marshal.dumps('s', -1).hex())
