ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, len(ba))
ba[1:5] = b"ELLO"
print(ba)
del ba[5:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.remove(62)
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
ba += b"!!"
print(ba, ba.upper(), type(ba.upper()).__name__, ba.decode(), ba == b"LLEH!!", bytes(ba))
ba2 = bytearray(b"abc")
ba2[0:1] = [120, 121]
print(ba2, ba2.find(b"c"), ba2.count(b"x"), ba2.hex(), ba2.copy(), ba2.copy() is ba2)
ba2.clear()
print(ba2, len(ba2))
for thunk in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(100),
              lambda: bytearray().pop(), lambda: ba.remove(0), lambda: hash(ba)]:
    try:
        thunk()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = bytearray(b"12345")
b[::2] = b"abc"
print(b)
try:
    b[::2] = b"ab"
except ValueError as e:
    print(type(e).__name__, e)
