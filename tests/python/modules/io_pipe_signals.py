# A read or write blocked on a pipe gives way to a signal handler on the main thread (PEP 475):
# the handler runs, its exception propagates, and when it returns the call goes on.
import io
import os
import signal
import threading

r, w = os.pipe()


def feed(sig, frame):
    os.write(w, b"bar")


# a buffered read waits for the rest; the handler supplies it
signal.signal(signal.SIGALRM, feed)
rio = io.open(r, "rb", closefd=False)
os.write(w, b"foo")
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(rio.read(6))
print(os.read(r, 0))

# os.read blocked on an empty pipe runs the handler and retries
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(os.read(r, 10))


# a handler's exception ends a blocked read
def fail(sig, frame):
    1 / 0


signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    os.read(r, 10)
except ZeroDivisionError as e:
    print("read interrupted:", type(e).__name__)

# a write to a full pipe: the handler's exception propagates out of write()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 1)))
reader.start()
wio = io.open(w, "wb", buffering=0, closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    wio.write(b"xy" * 600000)
except ZeroDivisionError as e:
    print("write interrupted:", type(e).__name__)
signal.setitimer(signal.ITIMER_REAL, 0)
reader.join()
print(got, os.read(r, 1))

# a handler that returns lets a buffered write finish once a reader drains the pipe
drained = []


def drain():
    n = 0
    while n < 300000:
        n += len(os.read(r, 65536))
    drained.append(n)


def start_reader(sig, frame):
    threading.Thread(target=drain).start()


os.close(r)
os.close(w)
r, w = os.pipe()
signal.signal(signal.SIGALRM, start_reader)
bio = io.open(w, "wb", closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.2)
print(bio.write(b"z" * 300000))
bio.flush()
while not drained:
    threading.Event().wait(0.05)
print(drained)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
os.close(r)
os.close(w)
