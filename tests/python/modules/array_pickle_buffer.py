# array pickling (__reduce_ex__, _array_reconstructor with foreign machine formats), memoryview(array)'s
# format/itemsize, and the rule that an exported array cannot change size.
import array, pickle, copy
for t in array.typecodes:
    a = array.array(t, 'ab' if t=='u' else [1,2])
    r = a.__reduce_ex__(3); print(t, r[1][1:], r[2])
    m = memoryview(a)
    print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.tolist() if t != 'u' else None)
    for p in range(6):
        b = pickle.loads(pickle.dumps(a, p)); assert b == a and b.typecode == a.typecode, (t, p)
print(array.array('i',[1]).__reduce_ex__(2))
print(array._array_reconstructor(array.array, 'h', 3, b'\x00\x01\x00\x02'))
print(array._array_reconstructor(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'f', 15, b'?\x80\x00\x00'))
print(array._array_reconstructor(array.array, 'u', 19, b'\x00a\x00b'))
print(array._array_reconstructor(array.array, 'l', 8, b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(array._array_reconstructor(array.array, 'B', 6, b'\x01\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'i', 13, b'\xff' * 8))
print(array._array_reconstructor(array.array, 'b', 0, b'\xff'))
for args in [(list, 'b', 0, b''), (array.array, 'x', 0, b''), (array.array, 'b', 30, b''), (array.array, 'b', 0, 'x'), (array.array, 'i', 8, b'\x01')]:
    try: print(array._array_reconstructor(*args))
    except Exception as e: print(type(e).__name__, e)
class A(array.array): pass
s = A('i', [1, 2]); s.x = 5
for p in (2, 3, 5):
    c = pickle.loads(pickle.dumps(s, p)); print(type(c).__name__, c, c.x)
print(copy.deepcopy(s), copy.copy(array.array('d', [1.5])))
a = array.array('i', [1, 2, 3])
m = memoryview(a)
m[0] = 10
print(a, m[1], m.tolist(), bytes(m[:1]))
for op in (lambda: a.append(4), lambda: a.extend([5]), lambda: a.pop(), lambda: a.remove(2), lambda: a.insert(0, 1),
           lambda: a.frombytes(b'\x00' * 4), lambda: a.fromlist([1]), lambda: a.__delitem__(0), lambda: a.__delitem__(slice(0, 2)),
           lambda: a.__setitem__(slice(0, 1), array.array('i', [7, 8])), lambda: a.__imul__(2), lambda: a.__iadd__(array.array('i', [1]))):
    try: op(); print("ok", a)
    except BufferError as e: print("BufferError", e)
a[0:1] = array.array('i', [42]); a.frombytes(b''); a *= 1; a.extend([])
print(a, m.tolist())
m.release()
a.append(4); print(a)
b = bytearray(b"xy"); mb = memoryview(b)
try: b.append(1)
except BufferError as e: print(e)
print(memoryview(array.array('u', 'hi')).format)
