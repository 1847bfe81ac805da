# A buffered object serializes its threads' calls (bufferedio.c's per-object lock): concurrent
# writes lose nothing, a write waiting on a close that is flushing the raw stream then fails as
# "write to closed file", and a call from the thread already inside is a RuntimeError.
import io
import os
import signal
import tempfile
import threading
import time


class SlowRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []
        self.in_flush = threading.Event()

    def writable(self):
        return True

    def write(self, b):
        time.sleep(0.0005)
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self):
        self.in_flush.set()
        time.sleep(0.3)


raw = SlowRaw()
bufio = io.BufferedWriter(raw, 7)


def writer(n):
    for i in range(40):
        bufio.write(bytes([65 + n]) * 3)


threads = [threading.Thread(target=writer, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
bufio.flush()
data = b"".join(raw.chunks)
print(len(data), sorted((c, data.count(c)) for c in set(data)))

raw = SlowRaw()
bufio = io.BufferedWriter(raw, 8)
t = threading.Thread(target=bufio.close)
t.start()
raw.in_flush.wait()
try:
    bufio.write(b"spam")
except ValueError as e:
    print("ValueError:", e)
print(bufio.closed)
t.join()

# text writes from many threads, line-buffered
path = os.path.join(tempfile.mkdtemp(), "t")
event = threading.Event()
with open(path, "w", encoding="utf-8", buffering=1) as f:
    def run(n):
        event.wait()
        for i in range(20):
            f.write("Thread%03d-%02d\n" % (n, i))
    threads = [threading.Thread(target=run, args=(x,)) for x in range(8)]
    for t in threads:
        t.start()
    event.set()
    for t in threads:
        t.join()
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), len(set(lines)))
os.remove(path)


# reentrant call from a signal handler while a write is under way
class Reenter(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        signal.raise_signal(signal.SIGUSR1)
        time.sleep(0.01)
        return len(b)


def handler(sig, frame):
    wio.write(b"x" * 20)


signal.signal(signal.SIGUSR1, handler)
wio = io.BufferedWriter(Reenter(), 4)
try:
    wio.write(b"y" * 10)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" ")[:3])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
