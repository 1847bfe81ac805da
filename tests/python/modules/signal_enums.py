# The standard library's signal.py over _signal: Signals/Handlers enums wrap the numbers.
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name, signal.Handlers.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN), repr(signal.getsignal(signal.SIGUSR1)))
got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(signal.Signals(n).name))
signal.raise_signal(signal.SIGUSR1)
print(got, signal.strsignal(signal.SIGALRM))
print(sorted(signal.valid_signals())[:3], signal.NSIG)
print(hasattr(signal, "pthread_sigmask") == hasattr(signal, "Sigmasks"))
