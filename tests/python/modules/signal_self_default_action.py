# A signal a program sends itself while its handler is SIG_DFL takes the default action, as C's
# raise() does: os.kill(os.getpid(), SIGTERM) ends the process (a parent sees -15), as do
# signal.raise_signal(SIGUSR1) and the signals the JVM handles itself (SIGSEGV, SIGQUIT); after SIG_IGN and back to SIG_DFL, SIGTERM ends it again; a
# Python handler runs instead. Each case runs in a child interpreter, which owns its signals.
import subprocess
import sys

CASES = {
    "kill SIGTERM": "import os, signal; os.kill(os.getpid(), signal.SIGTERM)",
    "raise_signal SIGUSR1": "import signal; signal.raise_signal(signal.SIGUSR1)",
    # signals the JVM handles itself, and SIGKILL
    "kill SIGABRT": "import os, signal; os.kill(os.getpid(), signal.SIGABRT)",
    "raise_signal SIGSEGV": "import signal; signal.raise_signal(signal.SIGSEGV)",
    "raise_signal SIGQUIT": "import signal; signal.raise_signal(signal.SIGQUIT)",
    "kill SIGUSR2": "import os, signal; os.kill(os.getpid(), signal.SIGUSR2)",
    "kill SIGKILL": "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",
    "kill SIGCHLD (ignored by default)": "import os, signal; os.kill(os.getpid(), signal.SIGCHLD)",
    "SIGTERM ignored, then default": ("import os, signal; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                                      "os.kill(os.getpid(), signal.SIGTERM); print('ignored', flush=True); "
                                      "signal.signal(signal.SIGTERM, signal.SIG_DFL); os.kill(os.getpid(), signal.SIGTERM)"),
    "SIGHUP ignored, then a handler": ("import os, signal; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
                                       "signal.signal(signal.SIGHUP, lambda s, f: print('handler', s)); "
                                       "os.kill(os.getpid(), signal.SIGHUP); print('after')"),
    "SIGTERM handler": ("import os, signal; signal.signal(signal.SIGTERM, lambda s, f: print('handler', s)); "
                        "os.kill(os.getpid(), signal.SIGTERM); print('after')"),
}

for name, code in CASES.items():
    r = subprocess.run([sys.executable, "-c", code + "\nprint('not killed')"], capture_output=True, text=True)
    print(name, "->", r.returncode, repr(r.stdout), repr(r.stderr))
