# signal.siginterrupt(sig, False) is SA_RESTART: a read blocked on a pipe is not cut short by
# the signal, its handler runs once the read returns; signal.signal() makes it interrupt again.
import os
import signal
import threading
import time

r, w = os.pipe()
seen = []


def handler(signum, frame):
    seen.append(("handler", len(got)))


def feed():
    time.sleep(0.4)
    os.write(w, b"x")


got = []
signal.signal(signal.SIGALRM, handler)
signal.siginterrupt(signal.SIGALRM, False)
t = threading.Thread(target=feed)
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
got.append(os.read(r, 1))
t.join()
for i in range(3):
    pass
print(got, seen)

seen.clear()
got.clear()
signal.signal(signal.SIGALRM, handler)
t = threading.Thread(target=feed)
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
got.append(os.read(r, 1))
t.join()
print(got, seen)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
