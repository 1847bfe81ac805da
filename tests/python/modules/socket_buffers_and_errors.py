# _socket's buffer calls (recv_into, recvfrom_into into bytearray, array and memoryview slices),
# argument errors worded as PyArg_ParseTuple's, the C socket's repr, fileno validation (negative,
# not a socket), SOCK_NONBLOCK, socket.close(fd), getservbyport/getservbyname, AF_UNIX abstract
# names (autobind, bytearray, 108 bytes) and file paths in the file system encoding, getaddrinfo
# through the C library, and the ResourceWarning of a socket dropped unclosed.
import socket
s=socket.socket()
for f in [lambda: s.recv_into(b'x'), lambda: s.recvfrom_into(b'x'), lambda: s.recvfrom_into(bytearray(2), 5), lambda: s.recv_into(bytearray(2), 5), lambda: s.recv_into(bytearray(2), -1),lambda: s.recvfrom_into(bytearray(2), -1), lambda: s.sendto(b'x'), lambda: s.sendto(b'x',1,2,3), lambda: s.send(), lambda: s.sendall(), lambda: s.recv(), lambda: s.recvfrom(), lambda: s.recv_into(), lambda: s.recvfrom_into(), lambda: s.recv_into(array:=__import__('array').array('i',[1])), lambda: s.sendto('x',('a',1)), lambda: s.send('x'), lambda: s.recv(-1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import re
print(re.sub(r'fd=\d+', 'fd=N', socket._socket.socket.__repr__(s)))
s.close()
print(socket._socket.socket.__repr__(s))
for fd in (-1, -42, 1000):
    try: socket.socket(fileno=fd)
    except Exception as e: print(type(e).__name__, e)
import os
fd=os.open('/tmp',os.O_RDONLY)
try: socket.socket(fileno=fd)
except Exception as e: print(type(e).__name__, e)
try: socket.close(fd); socket.close(fd)
except Exception as e: print(type(e).__name__, e)
print(socket.getservbyport(80), socket.getservbyport(53,'udp'), socket.getservbyname('http'))
for a in [(-1,), (65536,), (22,'xx'), ('x',), ()]:
  try: print(socket.getservbyport(*a))
  except Exception as e: print(type(e).__name__, e)
a, b = socket.socketpair()
a.sendall(b'hello world')
import array
buf = array.array('b', [0]*20)
print(b.recv_into(buf), buf.tobytes())
a.sendall(b'abc')
ba = bytearray(10)
print(b.recvfrom_into(memoryview(ba)[2:], 2), ba)
a.sendall(b'xyz')
print(b.recvfrom_into(ba), ba)
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.bind(('127.0.0.1', 0))
u2.sendto(b'dgram', u1.getsockname())
n, addr = u1.recvfrom_into(ba)
print(n, addr == u2.getsockname(), ba)
u1.close(); u2.close(); a.close(); b.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.gettimeout(), s.getblocking(), s.type)
s.close()
u = socket.socket(socket.AF_UNIX)
u.bind('')
print(len(u.getsockname()), u.getsockname()[:1])
u.close()
u = socket.socket(socket.AF_UNIX)
# abstract names unique per run: the harness runs each program in its three modes at once, in one process
run = os.urandom(8).hex().encode()
u.bind(bytearray(b"\x00python\x00test\x00" + run))
print(u.getsockname() == b"\x00python\x00test\x00" + run, u.getsockname()[:13])
u.close()
u = socket.socket(socket.AF_UNIX)
addr = b"\x00" + run + b"h" * 91
u.bind(addr); print(u.getsockname() == addr)
u.close()
u = socket.socket(socket.AF_UNIX)
try: u.bind("/tmp/" + "x" * 103)
except Exception as e: print(type(e).__name__, e)
u.close()

# AF_UNIX file paths go through the file system encoding (surrogateescape) both ways
import tempfile, os, warnings, gc
d = tempfile.mkdtemp()
for name in ["plain", "\u00e0\u00f2\u0258\u0141\u011f", "bad\udcff"]:
    path = os.path.join(d, name)
    u = socket.socket(socket.AF_UNIX)
    u.bind(path)
    print(ascii(u.getsockname()[len(d):]), os.path.exists(path))
    u.close()
    os.unlink(path)
os.rmdir(d)

# getaddrinfo through the C library
S = socket
print(S.getaddrinfo("127.0.0.1", 80, S.AF_INET, S.SOCK_STREAM))
print(S.getaddrinfo("127.0.0.1", "http", S.AF_INET, S.SOCK_STREAM, 0, S.AI_CANONNAME))
print(S.getaddrinfo(None, 0, S.AF_INET, S.SOCK_STREAM, 0, S.AI_PASSIVE))
print(S.getaddrinfo(b"127.0.0.1", b"8080", S.AF_INET, S.SOCK_DGRAM))
print(S.getaddrinfo("::1", 22, S.AF_INET6, S.SOCK_STREAM, flags=S.AI_NUMERICHOST))
print(S._socket.getaddrinfo(host="127.0.0.1", port=None, type=S.SOCK_STREAM))
for args in [("localhost", "\uD800"), ("127.0.0.1", "no-such-service-xyz", S.AF_INET, S.SOCK_STREAM),
             (1, 2), ("127.0.0.1", 1.5), ("not a host name", 80, 0, 0, 0, S.AI_NUMERICHOST), ("127.0.0.1",),
             ("127.0.0.1", 80, 0, 0, 0, 0, 0)]:
    try:
        print(S.getaddrinfo(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(S.getprotobyname("tcp"), S.getprotobyname("udp"), S.getservbyname("ssh", "tcp"), S.getservbyport(443, "tcp"))
for f, args in [(S.getprotobyname, ("no-such-proto",)), (S.getservbyname, ("no-such", "tcp")),
                (S.getservbyname, ("http", "nope")), (S.getservbyname, (1,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

# a socket collected unclosed gives ResourceWarning "unclosed <repr>"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    r = repr(sock)
    sock = None
    gc.collect()
    print([x.category.__name__ for x in w], any(r in str(x.message) for x in w))
    w.clear()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.close()
    sock = None
    gc.collect()
    print(len(w))

# address argument errors
u = socket.socket(socket.AF_UNIX)
for f in [lambda: u.bind(1), lambda: u.connect(1.5), lambda: u.sendto(b'x', None), lambda: u.bind(memoryview(b'\0abc' + run)),
          lambda: u.bind('a\0b'), lambda: u.bind(b'/tmp/x\0y')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
i = socket.socket()
for f in [lambda: i.bind(1), lambda: i.connect(('a',)), lambda: i.connect((1, 2)), lambda: i.connect(('127.0.0.1', 'x')),
          lambda: i.bind(('127.0.0.1', 70000)), lambda: i.bind(('127.0.0.1', -1))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
u.close(); i.close()

# host lookups through the C library (names from /etc/hosts only: no DNS query)
for f, a in [(socket.gethostbyname, 'localhost'), (socket.gethostbyname_ex, 'localhost'),
             (socket.gethostbyaddr, '127.0.0.1'), (socket.gethostbyname, '127.0.0.1'), (socket.gethostbyname, ''),
             (socket.gethostbyname_ex, '127.0.0.1'), (socket.gethostbyname, 1), (socket.gethostbyname, b'localhost'),
             (socket.gethostbyaddr, b'127.0.0.1'), (socket.gethostbyaddr, '')]:
    try: print(f.__name__, a, f(a))
    except Exception as e: print(f.__name__, type(e).__name__, e)
try: socket.gethostbyname()
except Exception as e: print(type(e).__name__, e)

# connect/bind host names resolve as getaddrinfo does, in the socket's family
for fam, addr in [(socket.AF_INET, ('localhost', 0)), (socket.AF_INET6, ('127.0.0.1', 0)), (socket.AF_INET, ('::1', 0)),
                  (socket.AF_INET, ('1.2.3', 0)), (socket.AF_INET, ('<broadcast>', 0))]:
    s = socket.socket(fam)
    try:
        s.bind(addr); print(fam, s.getsockname()[0])
    except Exception as e:
        print(type(e).__name__, e)
    s.close()

# MSG_TRUNC: a datagram's whole length comes back

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ba = bytearray(20)
for name, call in [("recv", lambda: len(u1.recv(10, socket.MSG_TRUNC))), ("recvfrom", lambda: len(u1.recvfrom(10, socket.MSG_TRUNC)[0])),
                   ("recv_into", lambda: (u1.recv_into(ba, 10, socket.MSG_TRUNC), bytes(ba[:12]))), ("recv_into0", lambda: (u1.recv_into(ba, 0, socket.MSG_TRUNC), bytes(ba[:22]))),
                   ("recvfrom_into", lambda: u1.recvfrom_into(ba, 10, socket.MSG_TRUNC)[0]), ("recvmsg", lambda: u1.recvmsg(10, 0, socket.MSG_TRUNC)[0]),
                   ("recvmsg_into", lambda: u1.recvmsg_into([bytearray(10)], 0, socket.MSG_TRUNC)[0])]:
    u2.sendto(b"B" * 1000, u1.getsockname())
    print(name, call())
u1.close(); u2.close()

# htonl/ntohl, _socket.socket keywords, timeouts kept on a closed socket, getsockopt buflen, IDNA labels, setipaddr
import _socket
for f in [lambda: socket.htonl(2**32), lambda: socket.htonl(-1), lambda: socket.htonl(2**64), lambda: socket.ntohl(2**32), lambda: socket.htonl(1.5), lambda: socket.htonl(0x01020304), lambda: socket.ntohl(4), lambda: socket.htons(-1), lambda: socket.htons(2**16)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s=_socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM); print(s.type); s.close()
s=_socket.socket(fileno=None); s.close()
try: _socket.socket(famly=2)
except Exception as e: print(type(e).__name__, e)
s=socket.socket(); s.close()
try: s.settimeout(1)
except Exception as e: print(type(e).__name__, e)
print(s.gettimeout())
try: s.setblocking(False)
except Exception as e: print(type(e).__name__, e)
print(s.gettimeout())
s=socket.socket()
for b in (0, -1, 1025, 1024, 4):
    try: print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, b))
    except Exception as e: print(type(e).__name__, e)
try: s.getsockopt(1)
except Exception as e: print(type(e).__name__, e)
s.close()
for args in [("x" * 300, 80), ("a" * 64 + ".com", 80), ("a..b", 80), ("localhost.", 80, socket.AF_INET, socket.SOCK_STREAM)]:
    try: print(socket.getaddrinfo(*args))
    except Exception as e: print(type(e).__name__, e)
for f, a in [(socket.gethostbyname, "::1"), (socket.getservbyname, ("http", None))]:
    try: print(f(*a) if isinstance(a, tuple) else f(a))
    except Exception as e: print(type(e).__name__, e)
