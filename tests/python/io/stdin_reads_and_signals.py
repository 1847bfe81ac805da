# Reads of the process's standard input (a pipe) from a child: SIGINTs sent while it waits run the
# program's own handler (once or more, never ending the process, as EINTR lets CPython's handler
# in), SIG_IGN ignores them, os.read and every io layer give the data whole, and a daemon
# thread blocked reading stdin lets the main thread run and the process end.
import select, signal, subprocess, sys, time

SETUP = {
    "FileIO.readall": 'import _io; f = _io.FileIO(sys.stdin.fileno(), "rb"); got = f.readall()',
    "Buffered.read": 'import _io; f = _io.open(sys.stdin.fileno(), "rb"); got = f.read()',
    "Text.readline": 'import _io; f = _io.open(sys.stdin.fileno(), "r"); got = f.readline()',
    "_pyio read": 'import _pyio; f = _pyio.open(sys.stdin.fileno(), "rb"); got = f.read()',
    "os.read": 'import os; got = b"".join(iter(lambda: os.read(0, 100), b""))',
}


def run(name, code, handler='lambda s, f: sys.stderr.write("$\\n")'):
    prog = ('import signal, sys; signal.signal(signal.SIGINT, %s); sys.stderr.write("ready\\n"); %s; '
            'sys.stdout.write(repr(got))' % (handler, code))
    p = subprocess.Popen([sys.executable, "-u", "-c", prog], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    assert p.stderr.read(6) == b"ready\n"
    p.stdin.write(b"partial ")
    p.stdin.flush()
    sent = 0
    if handler == "signal.SIG_IGN":
        for _ in range(3):
            time.sleep(0.1)
            p.send_signal(signal.SIGINT)
    else:
        rlist = []
        while not rlist and sent < 200:
            rlist, _, _ = select.select([p.stderr], (), (), 0.05)
            if not rlist:
                p.send_signal(signal.SIGINT)
                sent += 1
    out, err = p.communicate(b"line\nrest")
    print(name, "rc", p.returncode, "handler ran", b"$" in err, "stderr other", err.replace(b"$\n", b""),
          "read", out)


for name, code in SETUP.items():
    run(name, code)
run("ignored", SETUP["Buffered.read"], "signal.SIG_IGN")

# a daemon thread waiting on stdin
prog = '''
import sys, threading, time
threading.Thread(target=lambda: sys.stdin.readline(), daemon=True).start()
time.sleep(0.2)
print("main ran")
'''
p = subprocess.Popen([sys.executable, "-c", prog], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    print("daemon reader:", p.communicate(timeout=20)[0], p.returncode)
finally:
    p.stdin.close()
