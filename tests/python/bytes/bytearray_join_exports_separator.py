# bytearray.join holds its separator exported while the iterable runs: resizing it there is BufferError (gh-112625).
array = bytearray(b',')
def iterator():
    array.clear()
    yield b'A'
try:
    array.join(iterator())
except BufferError as e:
    print("BufferError", e)
print(array)
def it2():
    array.append(1)
    yield b'A'
try:
    array.join(it2())
except BufferError as e:
    print("BufferError", e)
array[0:1] = b"-"
print(bytearray(b',').join(x for x in [b'A', b'B']), array)
