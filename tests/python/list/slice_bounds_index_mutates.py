# A slice bound whose __index__ empties the sequence: its length is read after the bounds, as
# CPython's PySlice_Unpack then PySlice_AdjustIndices (it had crashed with a negative array size).
import array
class X:
    def __init__(self, seq): self.seq = seq
    def __index__(self):
        del self.seq[:]
        return 1
for make in (lambda: list(range(10)), lambda: bytearray(range(10)), lambda: array.array('i', range(10))):
    s = make(); s[0:10:X(s)] = type(s)() if not isinstance(s, array.array) else array.array('i'); print(s)
    s = make(); del s[0:10:X(s)]; print(s)
    s = make(); print(s[0:10:X(s)])
