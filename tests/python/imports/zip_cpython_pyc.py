# A Zip archive holding a module's source and a .pyc that CPython 3.11 wrote (an unchecked
# hash-based one, so CPython uses it as it is): CPython imports the .pyc; Taipan, which cannot
# run CPython's code objects, finds the magic number not its own (importlib's MAGIC_NUMBER is
# Taipan's there) and imports the source. Either way the module works; a .pyc this runtime
# writes itself (py_compile) round-trips through an archive.
import importlib.util
import os
import py_compile
import sys
import tempfile
import zipfile

SOURCE = b"VALUE = 6 * 7\ndef twice(x):\n    return 2 * x\n"
CPYTHON_PYC = bytes.fromhex(
    "a70d0d0a01000000a158df20f12641d1e30000000000000000000000000100000000000000f31000000097006400"
    "5a00640184005a01640253002903e92a000000630100000000000000000000000200000003000000f30c00000097"
    "0064017c007a050000530029024ee902000000a9002901da0178730100000020fa097a69707065642e7079da0574"
    "77696365720800000002000000730b0000008000d80b0c88718935804cf3000000004e2902da0556414c55457208"
    "000000720500000072090000007207000000fa083c6d6f64756c653e720b000000010000007323000000f0030101"
    "01d8080d8005f002010111f000010111f000010111f000010111f0000101117209000000")

print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "mixed.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped.py", SOURCE)
        z.writestr("zipped.pyc", CPYTHON_PYC)
    sys.path.insert(0, archive)
    import zipped
    print(zipped.VALUE, zipped.twice(21), os.path.basename(zipped.__file__) in ("zipped.py", "zipped.pyc"))
    sys.path.remove(archive)
    del sys.modules["zipped"]

    src = os.path.join(tmp, "own.py")
    with open(src, "wb") as f:
        f.write(b"WHO = 'own'\n")
    pyc = py_compile.compile(src, cfile=os.path.join(tmp, "own.pyc"))
    with open(pyc, "rb") as f:
        print(f.read(4) == importlib.util.MAGIC_NUMBER)
    own = os.path.join(tmp, "own.zip")
    with zipfile.ZipFile(own, "w") as z:
        z.write(pyc, "own.pyc")
    sys.path.insert(0, own)
    import own as own_module
    print(own_module.WHO, os.path.basename(own_module.__file__))
    sys.path.remove(own)

# importlib reloaded keeps this runtime's magic number (a reload runs the module's source again)
import importlib
import importlib._bootstrap_external as bootstrap_external
magic = importlib.util.MAGIC_NUMBER
importlib.reload(bootstrap_external)
print(bootstrap_external.MAGIC_NUMBER == magic)
