# sys.getswitchinterval/setswitchinterval: CPython keeps whole microseconds.
import sys
import threading

print(sys.getswitchinterval())
for value in (0.001, 1e-9, 2, 0.0000015, True):
    sys.setswitchinterval(value)
    print(value, sys.getswitchinterval())
for bad in (0, -1, 0.0, float('nan'), 'x', None):
    try:
        sys.setswitchinterval(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(type(e).__name__, e)

# Threads still take turns with a tiny interval.
sys.setswitchinterval(1e-6)
counts = [0, 0]
def work(n):
    for _ in range(20000):
        counts[n] += 1
threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
for call in (lambda: sys.getrecursionlimit(1), lambda: sys.setrecursionlimit(), lambda: sys.setswitchinterval()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
