# open(..., "wb", buffering=1) warns that binary mode has no line buffering and uses the default
# buffer size, as _io_open_impl does.
import os
import tempfile
import warnings

path = os.path.join(tempfile.mkdtemp(), "f")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with open(path, "wb", buffering=1) as f:
        f.write(b"abc\n")
        print(type(f).__name__, os.path.getsize(path))
    with open(path, "w", buffering=1, encoding="utf-8") as f:
        f.write("abc\n")
        print(type(f).__name__, f.line_buffering, os.path.getsize(path))
for w in caught:
    print(w.category.__name__, w.message, os.path.basename(w.filename))
os.remove(path)
