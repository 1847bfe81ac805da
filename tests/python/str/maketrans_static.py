# str.maketrans (and bytes/bytearray.maketrans) are static methods whose builtin function keeps its
# type as hidden self: qualname, repr shape, __module__ None, __self__ None, pickled via getattr.
import pickle
for t in (str, bytes, bytearray):
    m = t.maketrans
    d = t.__dict__['maketrans']
    print(t.__name__, type(d).__name__, type(m).__name__, m.__name__, m.__qualname__, m.__self__, repr(m).split(' at ')[0], m.__module__)
    print(type(d.__func__).__name__, d.__func__.__qualname__, d.__func__ is d.__get__(None, t), d.__func__.__self__)
    print(m.__reduce__()[0].__name__, m.__reduce__()[1][1], m.__reduce__()[1][0] is t)
    print(m.__text_signature__)
    print(pickle.loads(pickle.dumps(m)) is m or pickle.loads(pickle.dumps(m)) == m)
print(str.maketrans('ab','cd'), 'x'.maketrans('ab','cd'), ''.maketrans({'a': 'b'}), str.maketrans('a','b','c'))
print(bytes.maketrans(b'a',b'b')[97], b''.maketrans(b'a', b'c')[97], bytearray().maketrans(b'a', b'c')[97])
class S(str): pass
print(S.maketrans('a','b'), S('q').maketrans('a','b'), S.maketrans.__qualname__)
try: str.maketrans()
except TypeError as e: print(e)
try: str.maketrans(1)
except TypeError as e: print(e)
print(str.maketrans == 'x'.maketrans, str.maketrans is str.maketrans)
import re
for t in (str, bytes, bytearray):
    r = repr(t.maketrans)
    print(re.fullmatch(r'<built-in method maketrans of type object at 0x[0-9a-f]+>', r) is not None,
          r.endswith(' at %#x>' % id(t)))
print(repr(len), len.__qualname__, len.__module__)
