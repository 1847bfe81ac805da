# Under -X dev, encode and decode check the encoding and error handler they are given even when
# nothing needs them (bpo-37388); without it they are looked up only when needed.
import subprocess
import sys

CODE = r'''
import io
cases = ["b''.decode('ascii', 'Boom')", "b'x'.decode(errors='Boom')", "bytearray(b'x').decode(errors='Boom')",
         "''.encode('Boom')", "'x'.encode(errors='Boom')", "str(b'x', errors='Boom')", "str(b'', 'Boom')",
         "str(bytearray(b'x'), errors='Boom')", "b'x'.decode('utf-8', 'strict')", "str(b'x', 'latin1', 'surrogateescape')",
         "'x'.encode('utf8', 'Boom')", "str(memoryview(b'x'), 'ascii', 'Boom')", "'x'.encode('ascii', 'ignore')",
         "b'x'.decode('ascii', 'backslashreplace')", "'x'.encode('latin-1', 'xmlcharrefreplace')",
         "io.TextIOWrapper(io.BytesIO(), errors='Boom').errors", "io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace').errors",
         "str(b'x')", "b''.decode()", "''.encode()",
         "bytes('', 'utf8', 'Boom')", "bytes('x', encoding='ascii', errors='Boom')", "bytes('', 'Boom')",
         "bytearray('', 'ascii', 'Boom')", "bytearray('x', 'latin1', errors='strict')", "bytearray('', encoding='Boom')"]
for c in cases:
    try:
        r = repr(eval(c))
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(c, "=>", r)
import sys
print(sys.flags.dev_mode)
'''
for flags in ([], ["-X", "dev"]):
    out = subprocess.run([sys.executable] + flags + ["-c", CODE], capture_output=True, text=True)
    print(flags, out.returncode)
    print(out.stdout, end="")
    print(out.stderr, end="")
