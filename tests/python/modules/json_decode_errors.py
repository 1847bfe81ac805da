# json.loads through the _json scanner: JSONDecodeError messages and positions, scanstring and
# the scanner called directly, hooks, and the nesting limit.
import json
import _json
import sys

print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.decoder.scanstring.__module__, json.scanner.make_scanner.__module__, _json.make_scanner.__name__)

DOCS = ['', ' ', '[1,]', '{"a":1,}', '[1', '{"a"', '{"a":', '{"a" 1}', '{1:2}', '"abc', '"a\\x"',
        '"\\u12"', '"\\u12zz"', '"a\x01"', '[1 2]', '{"a":1 "b":2}', 'nul', 'tru', 'fals', '-', '-foo',
        '01', '1.', '1e', '1.5e+', '1E-', '[', '{', '[-]', '"\\ud834\\udd1e"', '"\\ud834x"',
        '"\\ud834\\u0041"', '"\\udd1e\\ud834"', 'NaN', 'Infinity', '-Infinity', '-Inf', '1 2',
        '{"a":1}x', '[1,2', '"\\', '"\\u', '"\\u1234', '[\n1,\n2\n,]', '\ufeff[]', '[nan]', '-0',
        '-0.0e-0', '123456789012345678901234567890', '-1234567890123456789', '1e400', '-1e-400',
        '[1,\n  ', '"\\ud834\\u12"', '"\\ud834\\u12zz"', '"\\ud834\\"', '{"a":{"b":[1,{"c":}]}}',
        ' \t\r\n[ \t\r\n1 \t\r\n, 2 ] \n', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\u00e9\\u00E9\\uABCD"',
        '"\U0001f600 \u00e9 x"', '["\U0001f600", 1, {"\U0001f600": "\udc80"}]', '{"a": 1, "a": 2}',
        '[true, false, null]', '[1.0, 1.5e3, 2E-2, -0.25, 10000000000000000.0]', '0', '-', '[]', '{}',
        '{"\U0001f600" :  5 ,"b":[]}', '"\x7f\x80"', '[1,\x00]']
for s in DOCS:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(s), type(e).__name__, e)

print(json.loads('"a\tb\x01"', strict=False))
try:
    json.loads('{"a": "\x1f"}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, repr(e.doc))

# scanstring(string, end, strict=True) directly
for args in [('"abc"', 1), ('abc"', 0), ('"abc', 4), ('"abc', 5), ('"abc', -1), ('"a\x01b"', 1, False),
             ('"a\x01b"', 1, True), ('x"\\n"', 2), ('"\\ud83d\\ude00"', 1), ('""', 1), ('"a"', True)]:
    try:
        print(args, _json.scanstring(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [(b'"x"', 1), ('"x"',), ('"x"', 1, True, 4), ('"x"', 1.5), ('"x"', 2**70)]:
    try:
        _json.scanstring(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _json.scanstring('"x"', end=1)
except TypeError as e:
    print(e)

# the scanner type
sc = _json.make_scanner(json.JSONDecoder())
print(type(sc).__name__, sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float is float)
print(sc('[1, "a"]  ', 0), sc('xx{"k": 2}', 2), sc(string='7', idx=0))
for args in [('[1]', -1), ('[1]', 3), ('[1]', 99), ('x', 0), ('{"a": ', 0), ('[1,', 0)]:
    try:
        print(sc(*args))
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, 'value', None))
for bad in [(b'1', 0), ('1',), ()]:
    try:
        sc(*bad)
    except TypeError as e:
        print(e)
try:
    sc.strict = False
except AttributeError as e:
    print(e)
try:
    _json.make_scanner(1)
except AttributeError as e:
    print(e)
try:
    class S(_json.make_scanner):
        pass
except TypeError as e:
    print(e)

# hooks
print(json.loads('{"a": {"b": 1}, "c": [1.5, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.25, 2, 1e2, -0]', parse_float=lambda s: ('F', s), parse_int=lambda s: ('I', s)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
try:
    json.loads('[NaN]', parse_constant=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
from decimal import Decimal
print(json.loads('[1.1, 10]', parse_float=Decimal, parse_int=float))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(list(d[0])[0] is list(d[1])[0])

# digit limit of int()
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(str(json.loads('9' * 4300))))

# nesting deeper than the recursion limit
for doc in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
print(len(str(json.loads('[' * 200 + ']' * 200))))
