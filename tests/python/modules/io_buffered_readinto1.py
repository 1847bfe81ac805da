# BufferedReader.readinto1 gives the buffered bytes and at most one raw read, straight into the
# caller's buffer when more than a bufferful is wanted (_buffered_readinto_generic).
import io


class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)


for tp in (io.BufferedReader, io.BufferedRandom):
    raw = Raw((b"abc", b"de", b"fgh", b"jkl"))
    raw.seekable = lambda: True
    raw.writable = lambda: True
    raw.seek = lambda pos, whence=0: 0
    f = tp(raw, buffer_size=10)
    b = bytearray(2)
    steps = [f.peek(3), raw.reads]
    steps += [f.readinto1(b), bytes(b), raw.reads]
    steps += [f.readinto1(b), bytes(b[:1]), raw.reads]
    steps += [f.readinto1(b), bytes(b), raw.reads]
    b = bytearray(20)
    steps += [f.peek(3), raw.reads, f.readinto1(b), bytes(b[:6]), raw.reads]
    steps += [f.readinto1(b), raw.reads]
    print(tp.__name__, steps)
