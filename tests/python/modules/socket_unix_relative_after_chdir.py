# AF_UNIX socket names relative to the directory os.chdir made current: bind makes the file
# there, connect and sendto find it there, and getsockname/getpeername/recvfrom give the names
# as the program wrote them.
import os
import socket
import stat
import tempfile

start = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)
try:
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind("stream.sock")
    print("bound", srv.getsockname(), os.path.exists(os.path.join(base, "stream.sock")),
          os.path.exists(os.path.join(start, "stream.sock")),
          stat.S_ISSOCK(os.stat("stream.sock").st_mode))
    srv.listen(1)
    cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cli.connect("stream.sock")
    conn, addr = srv.accept()
    cli.sendall(b"ping")
    print("accepted", repr(addr), conn.recv(4), "peer", cli.getpeername(), "own", conn.getsockname())
    for s in (cli, conn, srv):
        s.close()

    # a subdirectory, and a name through it
    os.mkdir("sub")
    d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    d1.bind("sub/a.sock")
    d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    d2.bind("b.sock")
    d2.sendto(b"hello", "sub/a.sock")
    print("datagram", d1.recvfrom(16), d1.getsockname(), d2.getsockname())
    d1.close()
    d2.close()

    # the names stay the program's after the socket that bound them is closed: a datagram's
    # sender, a connection accepted after its client left, a duplicate of the descriptor
    r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    r.bind("r.sock")
    w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    w.bind("w.sock")
    w.sendto(b"late", "r.sock")
    w.close()
    print("sender closed", r.recvfrom(8))
    r.close()
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind("s2.sock")
    srv.listen(1)
    cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cli.bind("c2.sock")
    cli.connect("s2.sock")
    cli.close()
    conn, addr = srv.accept()
    print("client closed", addr)
    dup = srv.dup()
    srv.close()
    print("duplicate", dup.getsockname())
    conn.close()
    dup.close()
    # bound again by its absolute name, a file reads as that name
    os.unlink("s2.sock")
    again = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    again.bind(os.path.join(base, "s2.sock"))
    print("absolute again", again.getsockname() == os.path.join(base, "s2.sock"))
    again.close()
    # a name with a NUL: the kernel takes the part before it, here
    z = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        z.bind("nul\0tail")
        print("nul", os.path.exists(os.path.join(base, "nul")), os.path.exists(os.path.join(start, "nul")))
    except OSError as e:
        print("nul", type(e).__name__, e.errno)
    z.close()

    # connect to a name that is not there: the error names nothing of the process's directory
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        c.connect("missing.sock")
    except OSError as e:
        print("missing", type(e).__name__, e.errno, e.filename)
    print("connect_ex", c.connect_ex("missing.sock") != 0)
    c.close()

    # a deep working directory: the relative name is short even where the absolute one would
    # not fit in sun_path's 108 bytes
    deep = os.path.join(base, *(["d" * 30] * 4))
    os.makedirs(deep)
    os.chdir(deep)
    print("deep path length over 108:", len(os.path.join(deep, "x.sock")) > 108)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind("x.sock")
    s.listen(1)
    print("deep bound", s.getsockname(), os.path.exists(os.path.join(deep, "x.sock")))
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect("x.sock")
    conn, _ = s.accept()
    c.sendall(b"deep")
    print("deep", conn.recv(4), c.getpeername())
    for x in (c, conn, s):
        x.close()

    # abstract names and absolute paths are left as they are
    a = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    a.bind(b"\0taipan-relative-test-" + os.urandom(6).hex().encode())
    print("abstract", a.getsockname()[:22])
    a.close()
    p = os.path.join(base, "abs.sock")
    b = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    b.bind(p)
    print("absolute", b.getsockname() == p)
    b.close()
finally:
    os.chdir(start)
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.unlink(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print("left in the starting directory:", [n for n in ("stream.sock", "b.sock", "x.sock", "nul") if os.path.exists(n)])
