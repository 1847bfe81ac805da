# TextIOWrapper queues encoded writes up to its chunk size and never sends more than a chunk
# together (textiowrapper_write's pending_bytes): a big write first flushes what waits.
import io
class Raw(io.RawIOBase):
    def __init__(self): self.w = []
    def writable(self): return True
    def write(self, b):
        if len(b) > 8192: raise RuntimeError
        self.w.append(bytes(b)); return len(b)
for enc in ("latin-1", "utf-8", "ascii"):
    r = Raw()
    t = io.TextIOWrapper(r, encoding=enc)
    t.write("abc"); t.write("def")
    print(enc, t._CHUNK_SIZE, r.w)
    try:
        t.write("x" * 8193)
    except RuntimeError:
        print("RuntimeError", [len(x) for x in r.w])
    t.write("ghi"); t.write("\xe9" * 10 if enc != "ascii" else "e"); t.write("x" * 8192)
    print([len(x) for x in r.w])
    t.write("tail")
    t.flush()
    print([len(x) for x in r.w], r.w[-1][-8:])
r = Raw()
t = io.TextIOWrapper(r, encoding="latin-1", line_buffering=True)
t.write("a"); t.write("b\n"); t.write("c")
print(r.w)
t.reconfigure(write_through=True)
t.write("d")
print(r.w)
