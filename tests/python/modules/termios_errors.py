# termios on descriptors that are not terminals (a pipe, a file) raises termios.error
# (25, 'Inappropriate ioctl for device'); argument errors are CPython's; tty and pty import, and
# on a pseudo-terminal from os.openpty the attributes and window size round-trip.
import os
import tempfile
import termios
import tty
import pty

names = sorted(n for n in dir(termios) if not n.startswith('_'))
print(len(names), [n for n in names if not n.isupper()])
consts = [n for n in names if n.isupper()]
print(sum(getattr(termios, n) for n in consts), termios.TCSANOW, termios.TCSAFLUSH, termios.VMIN,
      termios.ICANON, termios.B38400, termios.TIOCGWINSZ, termios.CRTSCTS)
print(termios.error.__module__, termios.error.__mro__[1:], issubclass(termios.error, OSError))


def show(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except termios.error as e:
        print(label, 'termios.error', e.args)
    except Exception as e:
        print(label, type(e).__name__, e)


r, w = os.pipe()
d = tempfile.mkdtemp()
path = os.path.join(d, 'plain')
f = open(path, 'w+')
attrs = [0] * 6 + [[b'\0'] * 32]
for label, fd in (('pipe', r), ('file', f), ('file fd', f.fileno())):
    show(label + ' tcgetattr', termios.tcgetattr, fd)
    show(label + ' tcsetattr', termios.tcsetattr, fd, termios.TCSANOW, attrs)
    show(label + ' tcsendbreak', termios.tcsendbreak, fd, 0)
    show(label + ' tcdrain', termios.tcdrain, fd)
    show(label + ' tcflush', termios.tcflush, fd, termios.TCIFLUSH)
    show(label + ' tcflow', termios.tcflow, fd, termios.TCOON)
    show(label + ' tcgetwinsize', termios.tcgetwinsize, fd)
    show(label + ' tcsetwinsize', termios.tcsetwinsize, fd, (24, 80))
show('tty.setraw pipe', tty.setraw, r)
show('os.get_terminal_size pipe', os.get_terminal_size, r)
show('os.get_terminal_size file', os.get_terminal_size, f.fileno())
show('tty.setcbreak file', tty.setcbreak, f)
try:
    termios.tcgetattr(w)
except termios.error as e:
    errno, message = e.args
    print('unpacked', errno, message, str(e))

# argument errors come before the call (or, for tcsetattr's items, after reading the attributes)
os.close(w)
show('closed fd', termios.tcgetattr, w)
show('negative fd', termios.tcgetattr, -1)
show('str fd', termios.tcgetattr, 'x')
show('tcsetattr not a list', termios.tcsetattr, r, 0, 5)
show('tcsetattr tuple', termios.tcsetattr, r, 0, tuple(attrs))
show('tcsetattr short list', termios.tcsetattr, r, 0, [1, 2])
show('tcsetattr bad cc on pipe', termios.tcsetattr, r, 0, [0] * 6 + [[1.5] * 32])
show('tcsetwinsize int', termios.tcsetwinsize, r, 5)
show('tcsetwinsize one item', termios.tcsetwinsize, r, (1,))
show('tcsetwinsize str item', termios.tcsetwinsize, r, (1, 'a'))
show('tcsetwinsize big item on pipe', termios.tcsetwinsize, r, (1, 2 ** 20))
show('tcsendbreak str', termios.tcsendbreak, r, 'a')
show('tcflush huge', termios.tcflush, r, 2 ** 40)
show('tcgetattr no args', termios.tcgetattr)
show('tcsetattr two args', termios.tcsetattr, r, 0)
show('tcdrain two args', termios.tcdrain, r, 0)
# a bad argument is reported before a bad descriptor
show('bad when and bad fd', termios.tcsetattr, 999, 'x', attrs)
show('bad list and bad fd', termios.tcsetattr, 999, 0, (1,))
show('bad cc and bad fd', termios.tcsetattr, 999, 0, [0] * 6 + [[1.5] * 32])
show('bad duration and bad fd', termios.tcsendbreak, 999, 'x')
show('bad queue and bad fd', termios.tcflush, 999, None)
show('bad action and bad fd', termios.tcflow, 999, 1.5)
show('bad size and bad fd', termios.tcsetwinsize, 999, 5)
show('bad size item and bad fd', termios.tcsetwinsize, 999, (1, 'x'))
try:
    termios.tcgetattr(fd=r)
except TypeError as e:
    print('keywords', e)
os.close(r)
f.close()
os.remove(path)
os.rmdir(d)

print('pty', pty.STDIN_FILENO, pty.CHILD, hasattr(pty, 'openpty'), hasattr(os, 'openpty'))
if hasattr(os, 'openpty'):
    m, s = os.openpty()
    print('isatty', os.isatty(m), os.isatty(s), 'inheritable', os.get_inheritable(m), os.get_inheritable(s))
    mode = termios.tcgetattr(s)
    print('attributes', len(mode), len(mode[6]), type(mode[6][0]).__name__, bool(mode[3] & termios.ICANON))
    termios.tcsetattr(s, termios.TCSANOW, mode)
    print('round trip', termios.tcgetattr(s) == mode)
    tty.setraw(s)
    raw = termios.tcgetattr(s)
    print('raw', raw[6][termios.VMIN], raw[6][termios.VTIME], raw[3] & (termios.ICANON | termios.ECHO),
          raw[1] & termios.OPOST, raw[2] & termios.CSIZE == termios.CS8)
    termios.tcsetwinsize(s, (24, 80))
    print('winsize', termios.tcgetwinsize(s), termios.tcgetwinsize(m))
    termios.tcsetwinsize(s, [30, 100])
    print('winsize list', termios.tcgetwinsize(s))
    print('os.get_terminal_size', os.get_terminal_size(s), os.get_terminal_size(m))
    show('winsize too big', termios.tcsetwinsize, s, (1, 2 ** 20))
    show('winsize negative', termios.tcsetwinsize, s, (-1, 1))
    show('winsize huge', termios.tcsetwinsize, s, (2 ** 70, 1))
    show('cc short', termios.tcsetattr, s, 0, raw[:6] + [[b'\0'] * 5])
    show('cc float', termios.tcsetattr, s, 0, raw[:6] + [[1.5] * 32])
    show('cc two bytes', termios.tcsetattr, s, 0, raw[:6] + [[b'ab'] * 32])
    show('cc tuple', termios.tcsetattr, s, 0, raw[:6] + [tuple(raw[6])])
    show('flag str', termios.tcsetattr, s, 0, ['a'] + raw[1:])
    show('flag huge', termios.tcsetattr, s, 0, [2 ** 70] + raw[1:])
    show('bad when', termios.tcsetattr, s, 99, raw)
    show('ints in cc', termios.tcsetattr, s, 0, raw[:6] + [[3] * 32])
    print('cc now', termios.tcgetattr(s)[6][:3])
    show('tcsendbreak', termios.tcsendbreak, s, 0)
    show('tcdrain', termios.tcdrain, s)
    show('tcflush', termios.tcflush, s, termios.TCIOFLUSH)
    show('tcflush bad queue', termios.tcflush, s, 99)
    show('tcflow bad action', termios.tcflow, s, 99)
    show('tcflow', termios.tcflow, s, termios.TCOON)
    os.write(m, b'hello\n')
    print(os.read(s, 100))
    os.write(s, b'world')
    print(os.read(m, 100))
    with open(s, 'wb', buffering=0, closefd=False) as stream:
        tty.setcbreak(stream, termios.TCSANOW)
        print('cbreak via file object', termios.tcgetattr(stream)[6][termios.VMIN])
    mfd, sfd = pty.openpty()
    print('pty.openpty', os.isatty(mfd), os.isatty(sfd))
    for n in (m, s, mfd, sfd):
        os.close(n)
