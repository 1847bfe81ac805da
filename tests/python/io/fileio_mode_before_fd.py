# FileIO whose descriptor was closed behind its back: the mode is checked before the descriptor
# (UnsupportedOperation before EBADF), and an append-mode file stays seekable (known since open).
import os, io, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "wb").close()
for mode in ("rb", "wb", "ab", "r+b"):
    f = io.FileIO(p, mode[0] + ("+" if "+" in mode else ""))
    os.close(f.fileno())
    out = []
    for name, call in (("read", lambda: f.read(1)), ("readall", lambda: f.readall()), ("readinto", lambda: f.readinto(bytearray(2))),
                       ("write", lambda: f.write(b"x")), ("truncate", lambda: f.truncate(0)), ("seekable", lambda: f.seekable()),
                       ("readable", lambda: f.readable()), ("writable", lambda: f.writable())):
        try:
            out.append((name, call()))
        except Exception as e:
            out.append((name, type(e).__name__, getattr(e, "errno", None) or str(e)))
    print(mode, out)
    try:
        f.close()
    except OSError as e:
        print("close", type(e).__name__, e.errno)
os.remove(p); os.rmdir(d)
