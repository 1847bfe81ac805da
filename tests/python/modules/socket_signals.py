# Signals while a socket call blocks on the main thread: a SIGALRM handler runs during sendall
# (blocking, and with a timeout whose deadline covers the whole sendall), recv and accept; a
# handler that returns lets the call go on (PEP 475), one that raises ends it; Ctrl-C gives
# KeyboardInterrupt in accept. Run in a child, where the process's signals arrive. A blocking
# send of 3 MB still sends all of it.
import subprocess, sys
CHILD = r'''
import signal, socket, threading, time, os
def raising(*a):
    1 // 0
calls = []
def counting(*a):
    calls.append(1)
c, s = socket.socketpair()
signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    c.sendall(b"x" * (16 * 1024 * 1024))
except ZeroDivisionError:
    print("sendall interrupted")
c.settimeout(0.5)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    c.sendall(b"x" * (16 * 1024 * 1024))
except ZeroDivisionError:
    print("sendall with timeout interrupted")
signal.signal(signal.SIGALRM, counting)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
try:
    c.sendall(b"x" * (16 * 1024 * 1024))
except TimeoutError as e:
    print("timeout", e, len(calls), 0.4 < time.monotonic() - t0 < 2)
c.close(); s.close()
# recv: a handler that returns lets the call go on (PEP 475)
a, b = socket.socketpair()
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.1)
threading.Timer(0.4, lambda: a.sendall(b"late")).start()
print(b.recv(10), len(calls))
signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    b.recv(10)
except ZeroDivisionError:
    print("recv interrupted")
# accept interrupted
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    srv.accept()
except ZeroDivisionError:
    print("accept interrupted")
signal.signal(signal.SIGINT, signal.default_int_handler)
threading.Timer(0.2, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    srv.accept()
except KeyboardInterrupt:
    print("accept KeyboardInterrupt")
# a big send on a blocking socket still sends everything
a2, b2 = socket.socketpair()
got = []
def reader():
    n = 0
    while n < 3_000_000:
        d = b2.recv(65536)
        if not d: break
        n += len(d)
    got.append(n)
th = threading.Thread(target=reader); th.start()
print(a2.send(b"y" * 3_000_000))
th.join(); print(got)
srv.close(); a.close(); b.close(); a2.close(); b2.close()
'''
r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
print(r.stdout, end="")
print(r.stderr[-2000:], end="")
print("exit", r.returncode)
