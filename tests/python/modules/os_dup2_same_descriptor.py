# os.dup2(fd, fd) returns fd when inheritable (dup2 checks fd only), but with
# inheritable=False CPython calls dup3(), which refuses equal descriptors with EINVAL before
# looking at them.
import os

r, w = os.pipe()
print(os.dup2(r, r) == r)
for fd in (r, 99):
    try:
        os.dup2(fd, fd, inheritable=False)
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.dup2(99, 99)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(os.get_inheritable(r))
os.close(r)
os.close(w)
