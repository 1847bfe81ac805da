# Classes cannot combine two _io types with instance state of their own (CPython's lay-out conflict).
import _io
for bases in [(_io.StringIO, _io.BytesIO), (_io.FileIO, _io.StringIO), (_io._RawIOBase, _io._TextIOBase),
              (_io.StringIO, list), (_io._IOBase, dict), (_io.BufferedReader, _io.BufferedWriter), (_io.StringIO, _io._IOBase)]:
    try:
        type("X", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print(type(e).__name__, e, [b.__name__ for b in bases])
