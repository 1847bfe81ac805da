# _thread.interrupt_main(): on the main thread the handler runs before it returns (CPython
# checks signals after a builtin call); SIG_IGN/SIG_DFL handlers ignore it; from another thread
# it interrupts the main thread without breaking the Condition wait it may be blocked in.
import _thread, signal, threading
try:
    _thread.interrupt_main()
    print("not yet")
except KeyboardInterrupt:
    print("KeyboardInterrupt at once")
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR1)
print("ignored")
def sub():
    _thread.interrupt_main()
t = threading.Thread(target=sub)
try:
    t.start()
    t.join()
    for i in range(1000):
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt from the thread")
for bad in (0, 65, -1, "x"):
    try:
        _thread.interrupt_main(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
