# signal.set_wakeup_fd: each signal with a Python handler writes its number to the descriptor,
# which is what asyncio's loop.add_signal_handler waits on (its callbacks never ran before);
# argument checks and errors as CPython's.
import asyncio, os, signal, socket, subprocess, sys

for call in ['signal.set_wakeup_fd(signum=signal.SIGINT)', 'signal.set_wakeup_fd()', 'signal.set_wakeup_fd(1.5)',
             'signal.set_wakeup_fd("x")', 'signal.set_wakeup_fd(2**70)', 'signal.set_wakeup_fd(99)',
             'signal.set_wakeup_fd(-5)', 'signal.set_wakeup_fd(1)', 'signal.set_wakeup_fd(-1)',
             'signal.set_wakeup_fd(-1, True)', 'signal.set_wakeup_fd(-1, warn_on_full_buffer=0)',
             'signal.set_wakeup_fd(-1, other=1)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)

# the bytes written
r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
print("set", signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: print("handler", s))
signal.signal(signal.SIGUSR2, lambda s, f: print("handler", s))
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
import time
time.sleep(0.2)
print("wakeup bytes", sorted(os.read(r, 100)))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
try:
    print("after SIG_IGN", os.read(r, 100))
except BlockingIOError:
    print("after SIG_IGN nothing")
print("unset", signal.set_wakeup_fd(-1) == w)
signal.raise_signal(signal.SIGUSR2)
try:
    print("after unset", os.read(r, 100))
except BlockingIOError:
    print("after unset nothing")
# a socket, as asyncio uses
s1, s2 = socket.socketpair()
s1.setblocking(False)
print("socket", signal.set_wakeup_fd(s1.fileno()), signal.set_wakeup_fd(-1) == s1.fileno())


async def main():
    loop = asyncio.get_running_loop()
    got = []
    done = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.append("USR1"))
    loop.add_signal_handler(signal.SIGUSR2, lambda: done.set_result("USR2"))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    loop.call_later(0.3, os.kill, os.getpid(), signal.SIGUSR2)
    print("asyncio", await asyncio.wait_for(done, 10), got)
    print("removed", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))

asyncio.run(main())

# graceful shutdown on SIGTERM from another process
CHILD = r'''
import asyncio, signal
async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, lambda: (print("caught SIGTERM", flush=True), stop.set()))
    print("serving", flush=True)
    await stop.wait()
    print("clean shutdown")
asyncio.run(main())
'''
p = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE)
assert p.stdout.readline() == b"serving\n"
p.send_signal(signal.SIGTERM)
print(p.communicate(timeout=30)[0].decode(), end="")
print("rc", p.returncode)
