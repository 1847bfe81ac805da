import io
# The buffered streams call the raw stream's seekable()/readable()/writable() as CPython's
# _PyIOBase_check_* do (AttributeError for a non-stream, True itself required), and
# IOBase._checkReadable() and friends return True.
class Raw(io.RawIOBase):
    def readable(self): return 1
    def writable(self): return True
    def seekable(self): return 1
for make in (lambda: io.BufferedReader(5), lambda: io.BufferedWriter(5), lambda: io.BufferedRandom(5),
             lambda: io.BufferedRWPair(5, 6), lambda: io.BufferedRWPair(io.BytesIO(), 6, 0),
             lambda: io.BufferedReader(None), lambda: io.BufferedReader(b''), lambda: io.BufferedReader(Raw()),
             lambda: io.BufferedWriter(Raw(), 0), lambda: io.BufferedRandom(Raw()),
             lambda: io.BufferedReader(io.BytesIO(), 0), lambda: io.TextIOWrapper(5)):
    try:
        make()
        print('made')
    except Exception as e:
        print(type(e).__name__, e)
print(io.BytesIO()._checkReadable(), io.BytesIO()._checkWritable(), io.BytesIO()._checkSeekable())
try:
    Raw()._checkReadable()
except Exception as e:
    print(type(e).__name__, e)
