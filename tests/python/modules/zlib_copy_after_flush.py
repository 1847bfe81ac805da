# A decompression object whose flush() found the stream's end cannot be copied (its zlib state
# is gone, zlib_Decompress_flush_impl); before that, or before the end, it can.
import copy
import zlib

data = zlib.compress(b"hamlet " * 500)
cases = {
    "flushed at end": lambda d: (d.decompress(data), d.flush()),
    "at end, not flushed": lambda d: d.decompress(data),
    "flushed before end": lambda d: (d.decompress(data[:20]), d.flush()),
    "fresh": lambda d: None,
}
for name, prepare in cases.items():
    d = zlib.decompressobj()
    prepare(d)
    for how, f in (("copy", lambda: d.copy()), ("copy.copy", lambda: copy.copy(d)), ("deepcopy", lambda: copy.deepcopy(d))):
        try:
            c = f()
            print(name, how, "ok", c.eof, len(c.flush()))
        except Exception as e:
            print(name, how, type(e).__name__, e)
    print(name, d.eof, d.unused_data, len(d.unconsumed_tail))
