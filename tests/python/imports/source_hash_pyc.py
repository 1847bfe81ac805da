# Hash-based .pyc files (PEP 552): _imp.source_hash, and py_compile/importlib writing and
# reading a checked-hash file (SOURCE_DATE_EPOCH makes py_compile choose that mode).
import _imp
import importlib.util
import os
import py_compile
import tempfile

print(_imp.source_hash(3495, b'Q=1\n'))
print(_imp.source_hash(key=-1, source=b''))
print(importlib.util.source_hash(b"x = 1\n"))
print(_imp.source_hash(7, bytearray(b"abcdefghijklmnopq")), _imp.source_hash(7, memoryview(b"abc")))
for args in ((1, 'x'), ('a', b'x'), (2**64, b''), (1,), ()):
    try:
        _imp.source_hash(*args)
    except Exception as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "hashed.py")
    with open(src, "w") as f:
        f.write("VALUE = 6 * 7\n")
    for mode in (py_compile.PycInvalidationMode.CHECKED_HASH, py_compile.PycInvalidationMode.UNCHECKED_HASH):
        pyc = py_compile.compile(src, invalidation_mode=mode, doraise=True)
        with open(pyc, "rb") as f:
            header = f.read(16)
        print(mode.name, int.from_bytes(header[4:8], "little"), header[8:16] == importlib.util.source_hash(b"VALUE = 6 * 7\n"))
        spec = importlib.util.spec_from_file_location("hashed", src)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print(mod.VALUE)
