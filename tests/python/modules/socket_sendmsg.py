# _socket's message calls: sendmsg/recvmsg/recvmsg_into over socket pairs, ancillary data
# (SCM_RIGHTS descriptors usable after passing, SCM_CREDENTIALS, truncation), CMSG_LEN and
# CMSG_SPACE, the if_* functions' errors and a few constants.
import array
import os
import socket
import struct
import tempfile
import warnings


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("constants", socket.SCM_RIGHTS, socket.SCM_CREDENTIALS, socket.SO_PASSCRED, socket.SO_PEERCRED,
      socket.IPV6_RECVPKTINFO, socket.IPV6_PKTINFO, socket.IPV6_HOPLIMIT, socket.IPV6_TCLASS,
      socket.IP_RECVTOS, socket.TCP_CORK, socket.SO_BINDTODEVICE, socket.MSG_CTRUNC, socket.MSG_CMSG_CLOEXEC)

for n in [0, 1, 4, 7, 8, 100, 2**31 - 1 - 16, 2**31 - 16, 2**31 - 1 - 24, 2**31 - 24, -1, 2**63, "x"]:
    attempt("CMSG_LEN(%r)" % (n,), lambda: socket.CMSG_LEN(n))
    attempt("CMSG_SPACE(%r)" % (n,), lambda: socket.CMSG_SPACE(n))
attempt("CMSG_LEN()", lambda: socket.CMSG_LEN())
attempt("CMSG_SPACE(length=1)", lambda: socket.CMSG_SPACE(length=1))

a, b = socket.socketpair()
print("gather", a.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]))
print("recvmsg", b.recvmsg(100))
print("empty", a.sendmsg([]), a.sendmsg([b"z"], []), b.recvmsg(10, 0, 0))
a.sendmsg([b"scatter me"])
bufs = [bytearray(3), bytearray(0), array.array("B", [0] * 4), bytearray(10)]
print("recvmsg_into", b.recvmsg_into(bufs), bufs)
a.sendmsg([b"peek"])
print("peek", b.recvmsg(10, 0, socket.MSG_PEEK), b.recvmsg(2), b.recvmsg(10))

# argument errors, as CPython's PyArg_ParseTuple reports them
attempt("sendmsg()", lambda: a.sendmsg())
attempt("sendmsg(1)", lambda: a.sendmsg(1))
attempt("sendmsg([1])", lambda: a.sendmsg([1]))
attempt("sendmsg(anc=1)", lambda: a.sendmsg([b"x"], 1))
attempt("sendmsg(anc=[1])", lambda: a.sendmsg([b"x"], [1]))
attempt("sendmsg(anc=[(1,2)])", lambda: a.sendmsg([b"x"], [(1, 2)]))
attempt("sendmsg(anc=[(1,2,3)])", lambda: a.sendmsg([b"x"], [(1, 2, 3)]))
attempt("sendmsg(anc=[('a',2,b'')])", lambda: a.sendmsg([b"x"], [("a", 2, b"")]))
attempt("sendmsg(flags='a')", lambda: a.sendmsg([b"x"], [], "a"))
attempt("sendmsg(5 args)", lambda: a.sendmsg([b"x"], [], 0, None, 5))
attempt("sendmsg(kw)", lambda: a.sendmsg([b"x"], flags=1))
attempt("recvmsg()", lambda: a.recvmsg())
attempt("recvmsg(-1)", lambda: a.recvmsg(-1))
attempt("recvmsg(1, -1)", lambda: a.recvmsg(1, -1))
attempt("recvmsg(1, 2**31)", lambda: a.recvmsg(1, 2**31))
attempt("recvmsg(4 args)", lambda: a.recvmsg(1, 2, 3, 4))
attempt("recvmsg_into(1)", lambda: a.recvmsg_into(1))
attempt("recvmsg_into([b'x'])", lambda: a.recvmsg_into([b"x"]))
attempt("recvmsg_into(anc=-1)", lambda: a.recvmsg_into([bytearray(1)], -1))
attempt("SCM_RIGHTS bad fd", lambda: a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [9999]))]))

# descriptors passed with send_fds/recv_fds are descriptors of the receiving program
fd, path = tempfile.mkstemp()
os.write(fd, b"file contents")
r, w = os.pipe()
os.write(w, b"through a pipe")
c, d = socket.socketpair()
print("send_fds", socket.send_fds(a, [b"fds"], [fd, r, c.fileno()]))
msg, fds, flags, addr = socket.recv_fds(b, 10, 5)
print("recv_fds", msg, len(fds), flags, addr, len(set(fds) | {fd, r, w, c.fileno()}))
os.lseek(fds[0], 0, os.SEEK_SET)
print("file", os.read(fds[0], 100))
print("pipe", os.read(fds[1], 100))
s = socket.socket(fileno=fds[2])
print("socket", s.family == socket.AF_UNIX, s.type == socket.SOCK_STREAM)
s.sendall(b"through the passed socket")
print("peer", d.recv(100))
s.close()
os.close(fds[1])
with open(fds[0], "rb") as f:
    f.seek(5)
    print("open(fd)", f.read())

# too small a control buffer: MSG_CTRUNC, fewer descriptors
socket.send_fds(a, [b"t"], [fd, fd, fd])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_LEN(4))
print("truncated", msg, [(lvl, typ, len(data)) for lvl, typ, data in anc], bool(flags & socket.MSG_CTRUNC))
for _, _, data in anc:
    for n in array.array("i", data):
        os.close(n)
socket.send_fds(a, [b"u"], [fd])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_LEN(0) - 1)
print("header cut", msg, anc, bool(flags & socket.MSG_CTRUNC), [str(x.message) for x in caught])
os.close(fd)
os.unlink(path)

# credentials of the sender, as the kernel checks them
e, f = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
f.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
creds = struct.pack("iII", os.getpid(), os.getuid(), os.getgid())
e.sendmsg([b"who"], [(socket.SOL_SOCKET, socket.SCM_CREDENTIALS, creds)])
msg, anc, flags, addr = f.recvmsg(10, socket.CMSG_SPACE(12))
print("creds", msg, [(lvl, typ, data == creds) for lvl, typ, data in anc], flags, addr)
pid, uid, gid = struct.unpack("iII", f.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
print("peercred", pid == os.getpid(), uid == os.getuid(), gid == os.getgid())

# timeouts and closed sockets
b.settimeout(0.05)
attempt("timeout", lambda: b.recvmsg(1))
attempt("timeout into", lambda: b.recvmsg_into([bytearray(1)]))
for sock in (a, b, c, d, e, f):
    sock.close()
attempt("closed sendmsg", lambda: a.sendmsg([b"x"]))
attempt("closed recvmsg", lambda: a.recvmsg(1))

# network interfaces
names = socket.if_nameindex()
print("if_nameindex", all(isinstance(i, int) and isinstance(n, str) for i, n in names))
lo = [i for i, n in names if n == "lo"]
if lo:
    print("lo", socket.if_nametoindex("lo") == lo[0], socket.if_indextoname(lo[0]))
attempt("if_nametoindex(missing)", lambda: socket.if_nametoindex("nonexistent0"))
attempt("if_nametoindex(1)", lambda: socket.if_nametoindex(1))
attempt("if_nametoindex(nul)", lambda: socket.if_nametoindex("lo\0"))
attempt("if_nametoindex()", lambda: socket.if_nametoindex())
attempt("if_indextoname(0)", lambda: socket.if_indextoname(0))
attempt("if_indextoname(-1)", lambda: socket.if_indextoname(-1))
attempt("if_indextoname(2**64)", lambda: socket.if_indextoname(2**64))
attempt("if_indextoname('a')", lambda: socket.if_indextoname("a"))
attempt("if_indextoname()", lambda: socket.if_indextoname())
attempt("if_nameindex(1)", lambda: socket.if_nameindex(1))
attempt("sethostname()", lambda: socket.sethostname())
attempt("sethostname(1)", lambda: socket.sethostname(1))
attempt("sethostname(too long)", lambda: socket.sethostname("x" * 300))
