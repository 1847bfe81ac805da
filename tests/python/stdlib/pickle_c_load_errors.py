# _pickle's Unpickler: every opcode, CPython's errors for malformed and truncated data,
# encodings of Python 2 strings, files read in place (BytesIO) and through read/readline,
# Pickler/Unpickler subclasses (persistent_id, persistent_load, find_class,
# reducer_override, dispatch_table), memo proxies, bad __reduce__ values, copyreg
# extensions and out-of-band buffers.
import pickle, io, copyreg, pickletools
tests = [b'g5\n.', b'h\x05.', b'\x81.', b'(\x81.', b'\x92.', b'N\x81.', b'\x93.', b'Ncbuiltins\nint\n\x81.', b'I0x10\n.', b'I010\n.', b'(.', b'', b'N', b'S"a\n.', b'Vab', b'\x8c\x05ab', b'\x80\x09.', b'\xff.', b'\x82\x00.', b'L1L\n.', b'Lxx\n.',b'F1.5x\n.', b'p-1\n.', b'K\x01\x8f.',
 b'I01\n.', b'I00\n.', b'I1\n.', b'I 12\n.', b'I99999999999999999999\n.', b'Iab\n.', b"S'abc'\n.", b"S'a\\x41\\n'\n.", b'U\x03abc.', b'T\x02\x00\x00\x00ab.',
 b'(I1\nI2\nd.', b'(I1\nd.', b'}(K\x01.', b'](K\x01e.', b']K\x01a.', b'K\x01a.', b'(K\x01K\x02u.', b'}K\x01s.', b'0.', b'(0N.', b'1.', b'2.', b'N2t.', b'(K\x01l.',
 b'cbuiltins\nnope\n.', b'cnosuchmod\nx\n.', b'\x80\x04\x8c\x08builtins\x8c\x03int\x93.', b'\x80\x04K\x01K\x02\x93.',
 b'\x80\x02c__builtin__\nxrange\n.', b'\x80\x02cUserDict\nUserDict\n.', b'Q.', b'P1\n.', b'(K\x01\x91.', b'\x8f(K\x01K\x02\x90.', b'\x97.', b'\x98.',
 b'\x80\x05\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'\x80\x05\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.', b'(cbuiltins\nlist\no.', b'(ibuiltins\nlist\n.',
 b'cbuiltins\nset\n)R.', b'cbuiltins\nset\nNR.', b'\x8a\x00.', b'\x8a\x02\xff\x7f.', b'\x8b\xff\xff\xff\xff.', b'G?\xf0\x00\x00\x00\x00\x00\x00.', b'Finf\n.', b'F 1.5\n.',
 b'Vab\\u0041\\\\u0042\n.', b'X\x03\x00\x00\x00\xed\xa0\x80.', b'q\x00.', b'N\x94h\x00.', b'Nr\x00\x00\x00\x00j\x00\x00\x00\x00.', b'\x84\x00\x00\x00\x00.', b'\x82\x07.']
for t in tests:
    try: print(t, repr(pickle.loads(t)))
    except Exception as e: print(t, type(e).__name__, e)
for enc in ['bytes', 'latin1']:
    print(pickle.loads(b"S'\\xe9'\n.", encoding=enc), pickle.loads(b'U\x01\xe9.', encoding=enc))
try: pickle.loads(b'U\x01\xe9.')
except Exception as e: print(type(e).__name__, e)
# files
f = io.BytesIO(); pickle.dump([1,2], f); pickle.dump({'a': 3}, f, 0); f.seek(0)
print(pickle.load(f), pickle.load(f), f.tell())
class F:
    def __init__(s, d): s.d = d; s.i = 0
    def read(s, n): r = s.d[s.i:s.i+n]; s.i += len(r); return r
    def readline(s):
        j = s.d.find(b'\n', s.i); j = len(s.d) if j < 0 else j + 1; r = s.d[s.i:j]; s.i = j; return r
ff = F(pickle.dumps([1, 'x'*70000, {2:3}], 4) + pickle.dumps((1,2), 0))
print(len(pickle.load(ff)[1]), pickle.load(ff), ff.i == len(ff.d))
# subclasses
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID' if obj == 'secret' else None
class U(pickle.Unpickler):
    def persistent_load(self, pid): return 'got ' + pid
    def find_class(self, m, n):
        if n == 'forbidden': raise pickle.UnpicklingError('nope %s.%s' % (m, n))
        return super().find_class(m, n)
for proto in range(6):
    b = io.BytesIO(); P(b, proto).dump(['a', 'secret']); print(b.getvalue())
    print(U(io.BytesIO(b.getvalue())).load())
try: U(io.BytesIO(b'cos\nforbidden\n.')).load()
except Exception as e: print(type(e).__name__, e)
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42: return (int, ('43',))
        return NotImplemented
b = io.BytesIO(); RO(b, 2).dump([42, 1]); print(pickle.loads(b.getvalue()))
class DT(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (0, 0))}
b = io.BytesIO(); DT(b, 2).dump(3j); print(pickle.loads(b.getvalue()))
p = pickle.Pickler(io.BytesIO(), 2); p.dispatch_table = {int: None}; print(p.dispatch_table)
p = pickle.Pickler(io.BytesIO()); print(p.fast, p.bin); p.fast = 1; print(p.fast)
p = pickle.Pickler(io.BytesIO(), 2); x = [1]; p.dump(x); m = p.memo.copy(); print(list(m.values()))
p.memo.clear(); print(p.memo.copy()); p.memo = {1: (0, x)}; 
u = pickle.Unpickler(io.BytesIO(b'\x80\x02]q\x00K\x01a.')); print(u.load(), u.memo.copy())
for bad in [lambda: pickle.Pickler(io.BytesIO(), 6), lambda: pickle.Pickler(None), lambda: pickle.Unpickler(None),
            lambda: pickle.dumps(1, buffer_callback=print), lambda: pickle.loads('abc'), lambda: pickle.Pickler.persistent_id,
            lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 4),
            lambda: pickle.Pickler(io.BytesIO()).persistent_id, lambda: pickle.Unpickler(io.BytesIO()).persistent_load]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class BadR:
    def __init__(s, r): s.r = r
    def __reduce__(s): return s.r
for r in [1, (), (1,), (len, ()), (len, 1), (len, (), None, 1), (len, (), None, None, 1), (len, (), None, None, None, 1), (1,2,3,4,5,6,7)]:
    try: print(pickle.dumps(BadR(r), 2))
    except Exception as e: print(type(e).__name__, e)
class Local: pass
Local.__qualname__ = 'Other'
try: pickle.dumps(Local)
except Exception as e: print(type(e).__name__, e)
class W: pass
w = W
class W: pass
try: pickle.dumps(w)
except Exception as e: print(type(e).__name__, e)
copyreg.add_extension('__main__', 'W', 300)
print(pickle.dumps(W, 2), pickle.loads(pickle.dumps(W, 2)) is W)
copyreg.remove_extension('__main__', 'W', 300)
pb = pickle.PickleBuffer(bytearray(b'abc'))
bufs = []
data = pickle.dumps(pb, 5, buffer_callback=bufs.append); print(data, len(bufs))
print(type(pickle.loads(data, buffers=bufs)).__name__)
print(pickle.dumps(pickle.PickleBuffer(b'abc'), 5, buffer_callback=lambda b: False))
print(type(pickle.loads(pickle.dumps(pickle.PickleBuffer(b'abc'), 5, buffer_callback=lambda b: False))))
print(pickle.loads(b'\x80\x05\x97\x98.', buffers=[bytearray(b'xy')]))
