# _signal: the handler table, Python handlers run by raise_signal on the main thread, SIGINT's
# default handler, argument errors, strsignal/valid_signals, alarm+pause, the main-thread rule.
import _signal
import _thread

print(_signal.NSIG, _signal.SIG_DFL, _signal.SIG_IGN, _signal.SIGINT, _signal.SIGTERM, _signal.SIGRTMIN)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print([n for n in range(1, _signal.NSIG) if _signal.getsignal(n) == _signal.SIG_IGN])
print(sorted(set(range(1, 65)) - _signal.valid_signals()), len(_signal.valid_signals()))
print([_signal.strsignal(n) for n in (1, 2, 9, 15, 17, 32, 34, 64)])

got = []


def handler(signum, frame):
    got.append((signum, frame is not None))


print(_signal.signal(_signal.SIGUSR1, handler))
print(_signal.getsignal(_signal.SIGUSR1) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(got)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(got, _signal.getsignal(_signal.SIGUSR1))
_signal.raise_signal(0)

old = _signal.signal(_signal.SIGINT, handler)
print(old is _signal.default_int_handler)
_signal.raise_signal(_signal.SIGINT)
_thread.interrupt_main()
n = 0
while len(got) < 3:
    n += 1
print(got)
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
try:
    _signal.raise_signal(_signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    _thread.interrupt_main()
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")


def raising(signum, frame):
    raise RuntimeError("from handler %d" % signum)


_signal.signal(_signal.SIGUSR2, raising)
try:
    _signal.raise_signal(_signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError", e)

for args in [(99, _signal.SIG_IGN), (0, _signal.SIG_IGN), (_signal.SIGKILL, _signal.SIG_IGN),
             (_signal.SIGSTOP, handler), (_signal.SIGINT, 5), (_signal.SIGINT, None), ("x", 1), (2.0, 1)]:
    try:
        _signal.signal(*args)
    except Exception as e:
        print(args[0], type(e).__name__, e)
for f, arg in [(_signal.getsignal, 0), (_signal.getsignal, 65), (_signal.strsignal, 0), (_signal.raise_signal, 99),
               (_signal.raise_signal, -1)]:
    try:
        f(arg)
    except Exception as e:
        print(f.__name__, arg, type(e).__name__, e)

print(_signal.alarm(0), _signal.getitimer(_signal.ITIMER_REAL), _signal.setitimer(_signal.ITIMER_REAL, 0))
try:
    _signal.getitimer(5)
except _signal.ItimerError as e:
    print(type(e).__name__, e.errno, issubclass(_signal.ItimerError, OSError))
_signal.signal(_signal.SIGALRM, handler)
print(_signal.alarm(1))
_signal.pause()
print(got[-1])
print(_signal.set_wakeup_fd(-1), _signal.siginterrupt(_signal.SIGUSR1, False))

done = _thread.allocate_lock()
done.acquire()
errors = []


def in_thread():
    for call in (lambda: _signal.signal(_signal.SIGUSR1, handler), lambda: _signal.set_wakeup_fd(-1)):
        try:
            call()
        except ValueError as e:
            errors.append(str(e))
    errors.append(_signal.getsignal(_signal.SIGUSR1) is handler)
    done.release()


_thread.start_new_thread(in_thread, ())
done.acquire()
print(errors)
