# _socket over the C library: a localhost TCP echo server in a thread, timeouts, addresses, errors.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.family, srv.type, srv.gettimeout())
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)


def serve():
    for _ in range(2):
        conn, addr = srv.accept()
        with conn:
            while True:
                data = conn.recv(4)
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
    print(c.gettimeout(), c.getpeername() == ("127.0.0.1", port))
    c.sendall(b"hello over tcp")
    c.shutdown(socket.SHUT_WR)
    chunks = []
    while True:
        data = c.recv(100)
        if not data:
            break
        chunks.append(data)
    print(b"".join(chunks))
with socket.socket() as c:
    c.connect(("127.0.0.1", port))
    f = c.makefile("rwb")
    f.write(b"line one\n")
    f.flush()
    c.shutdown(socket.SHUT_WR)
    print(f.read())
    f.close()
t.join()

# a timeout on a socket nobody writes to
a = socket.socket()
a.connect(("127.0.0.1", port))
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.close()
srv.close()
print(srv.fileno())
try:
    srv.listen()
except OSError as e:
    print(type(e).__name__, e)

# nothing listens there any more
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(c.connect_ex(("127.0.0.1", port)) == 111)
c.close()

print(socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(range(16))))
print(socket.inet_ntop(socket.AF_INET6, b"\0" * 10 + b"\xff\xff\x01\x02\x03\x04"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET))
print(socket.gethostbyname("127.0.0.1"), type(socket.gethostname()).__name__)
for bad in [("127.0.0.1", 70000), ("127.0.0.1",), "x"]:
    try:
        socket.socket().connect(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
