# json.dumps through the _json encoder: options, number and key conversions, errors, and
# make_encoder / encode_basestring(_ascii) called directly.
import json
import _json
import enum
from collections import OrderedDict

print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)

data = {"b": [1, 2.5, None, True, False], "a": {"x": "y\n\u00e9\U0001f600"}, "c": (), "d": {}, "e": [[]]}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ,  ", " :: "), sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": ")))

# strings
for s in ['', 'plain', 'q"b\\s/', '\x00\x01\x1f\x7f\x80\xff', '\u2028\u2029\ufeff', '\U0001d11e\U0010ffff',
          '\ud800', '\udc00\ud800', 'tab\tcr\rlf\nff\fbs\b']:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False).encode('utf-8', 'surrogatepass'),
          _json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
for f in (_json.encode_basestring_ascii, _json.encode_basestring):
    for bad in [(b'x',), (1,), (), ('a', 'b')]:
        try:
            f(*bad)
        except TypeError as e:
            print(type(e).__name__, e)

# numbers
class F(float):
    def __repr__(self):
        return 'F!'

class I(int):
    def __repr__(self):
        return 'I!'

class E(enum.IntEnum):
    A = 1

class FE(float, enum.Enum):
    X = 2.5

print(json.dumps([F(1.5), I(3), E.A, FE.X, 10**30, -0.0, 1e16, 1e-5, 0.1 + 0.2, 1e300 * 10]))
print(json.dumps({F(2.5): 1, I(4): 2, E.A: 3, 1.0: 'f', True: 't', False: 'f', None: 'n', 10**20: 'big'}))
for v in [float('inf'), -float('inf'), float('nan'), [1, {'a': float('nan')}], {float('inf'): 1}]:
    print(json.dumps(v))
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)

# keys
for d in [{(1, 2): 3}, {b'k': 1}, {frozenset(): 1}]:
    try:
        json.dumps(d)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({(1, 2): 3, 'a': 1, b'x': 2, 'b': 2}, skipkeys=True))
try:
    json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, (3, 4): 1}, skipkeys=True, sort_keys=True))
try:
    json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({2: 'b', 1: 'a', 3: 'c'}, sort_keys=True))

# default, circular references
class P:
    def __init__(self, v):
        self.v = v

def default(o):
    if isinstance(o, P):
        return {'P': o.v}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'no {type(o).__name__}')

print(json.dumps([P(1), P([P(2)]), {3, 1, 2}], default=default))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps([1, b'x'], default=default)
except TypeError as e:
    print('TypeError', e)
a = []
a.append(a)
d = {}
d['d'] = d
class Loop:
    pass
for v, kw in [(a, {}), (d, {}), (Loop(), {'default': lambda o: [o]}), ([a], {})]:
    try:
        json.dumps(v, **kw)
    except ValueError as e:
        print('ValueError', e)
    except RecursionError as e:
        print('RecursionError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]))

# containers: subclasses
class L(list):
    def __iter__(self):
        return iter(['iter'])

class T(tuple):
    pass

class D(dict):
    def items(self):
        return [('from', 'items')]

class BadD(dict):
    def items(self):
        return [('a', 1, 2)]

print(json.dumps([L([1, 2]), T((3, 4)), D(a=1), OrderedDict([('z', 1), ('y', 2)])]))
print(json.dumps(D(a=1), sort_keys=True))
try:
    json.dumps(BadD(a=1))
except ValueError as e:
    print('ValueError', e)

# deep nesting
l = []
for i in range(100000):
    l = [l]
try:
    json.dumps(l)
except RecursionError as e:
    print('RecursionError', e)
print(len(json.dumps(json.loads('[' * 300 + ']' * 300))))

# make_encoder directly
enc = _json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', False, False, True)
print(enc([1, 'x', {'k': (2.5,)}], 0), enc((1,), _current_indent_level=5))
print(enc.markers, enc.default, enc.encoder is _json.encode_basestring, enc.indent, repr(enc.key_separator),
      repr(enc.item_separator), enc.sort_keys, enc.skipkeys)
up = _json.make_encoder({}, repr, lambda s: '<' + s + '>', 4, '=', ';', True, False, True)
print(up({'b': 'x', 'a': [P(1)] and 1}, 0))
print(up({'b': 1, 'a': 2}, 0))
for bad in [lambda *a: None, lambda *a: 1 / 0]:
    e2 = _json.make_encoder(None, str, bad, None, ': ', ', ', False, False, False)
    for v in ['spam', {'spam': 1}]:
        try:
            e2(v, 4)
        except (TypeError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
for args in [(1, None, None, None, ': ', ', ', False, False, False),
             (None, str, None, None, b':', ',', False, False, False),
             (None, str, None, None, ':', ',', False, False, False, 1),
             ((True, False), b'x', None)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print('TypeError', e)
for bad in [(1,), (1, 2, 3), (1, 1.5)]:
    try:
        enc(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    enc.sort_keys = True
except AttributeError as e:
    print('AttributeError', e)

class BadBool:
    def __bool__(self):
        1 / 0

for name in ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys']:
    try:
        json.JSONEncoder(**{name: BadBool()}).encode({'a': 1})
    except ZeroDivisionError:
        print(name, 'ZeroDivisionError')
try:
    json.JSONDecoder(strict=BadBool())
except ZeroDivisionError:
    print('strict ZeroDivisionError')
