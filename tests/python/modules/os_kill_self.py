# os.kill(os.getpid(), sig): the handler runs before kill returns (CPython checks for signals
# right after kill(2)), so a KeyboardInterrupt or a handler's exception is raised by the call
# itself, inside the try around it; SIG_IGN does nothing; signal 0 only checks; bad numbers fail.
import os
import signal

got = []


def handler(signum, frame):
    got.append(signum)


try:
    os.kill(os.getpid(), signal.SIGINT)
    after = "after kill"
except KeyboardInterrupt:
    after = "KeyboardInterrupt inside the try"
print(after)

old = signal.signal(signal.SIGUSR1, handler)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
print("handler ran before the next line:", got)

signal.signal(signal.SIGTERM, handler)
os.kill(os.getpid(), signal.SIGTERM)
print(got)
signal.signal(signal.SIGTERM, signal.SIG_DFL)


def raising(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print("not reached")
except RuntimeError as e:
    print("raised by kill:", e)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", got)
os.kill(os.getpid(), 0)
for bad in (-1, 65, 1000):
    try:
        os.kill(os.getpid(), bad)
    except OSError as e:
        print(bad, type(e).__name__, e.errno)


# the unittest idiom (test_break): a handler that delegates to the one it replaced
def chained(signum, frame):
    prev(signum, frame)


prev = signal.default_int_handler
signal.signal(signal.SIGINT, chained)
for i in range(3):
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        print("chained KeyboardInterrupt", i)
    else:
        print("no interrupt", i)
signal.signal(signal.SIGINT, signal.default_int_handler)

# argument conversion: pid a C int, the signal a Py_ssize_t (out of int range: EINVAL)

for args in ((os.getpid(), 2**31), (os.getpid(), -2**31 - 1), (2**40, 0), (os.getpid(), 2**70), (os.getpid(), 1.5), ("x", 0)):
    try:
        os.kill(*args)
    except Exception as e:
        print(type(e).__name__, e)
