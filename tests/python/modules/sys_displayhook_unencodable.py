# sys.displayhook with a repr the stream cannot encode (sys_displayhook_unencodable): the repr
# goes to the stream's buffer escaped with backslashreplace, or without a buffer is decoded again
# and written as text; the newline is written apart, and builtins._ is set afterwards.
import builtins
import io
import sys

old = sys.stdout
for enc in ['ascii', 'latin-1', 'utf-8']:
    buf = io.BytesIO()
    out = io.TextIOWrapper(buf, encoding=enc, errors='strict')
    sys.stdout = out
    try:
        sys.displayhook("a=\xe9 b=\udc80 c=\U00010000 d=\U0010ffff")
        sys.displayhook(None)
        sys.displayhook(42)
    finally:
        sys.stdout = old
    out.flush()
    print(enc, buf.getvalue(), builtins._)


class Writer:
    encoding = 'ascii'

    def __init__(self):
        self.parts = []

    def write(self, s):
        s.encode('ascii')
        self.parts.append(s)


w = Writer()
sys.stdout = w
try:
    sys.displayhook('\xe9')
finally:
    sys.stdout = old
print(w.parts, ascii(builtins._))


class Failing(Writer):
    def write(self, s):
        raise ValueError('no')


sys.stdout = Failing()
try:
    sys.displayhook('x')
except ValueError as e:
    sys.stdout = old
    print('ValueError', e, ascii(builtins._))
finally:
    sys.stdout = old


class NoEncoding:
    encoding = None

    def write(self, s):
        s.encode('ascii')


sys.stdout = NoEncoding()
try:
    sys.displayhook('\xe9')
except TypeError as e:
    sys.stdout = old
    print('TypeError', e)
finally:
    sys.stdout = old
