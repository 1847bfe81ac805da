# uid/gid argument conversion of the credential and ownership functions, getrandom
import os, tempfile

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ("chown", "lchown", "fchown", "setuid", "setgid", "seteuid", "setegid", "setreuid", "setregid",
             "getrandom", "GRND_NONBLOCK", "GRND_RANDOM"):
    print(name, hasattr(os, name))

for v in ("x", 1.5, -2, 2**32, 2**63, 2**64, -2**63 - 1):
    attempt("setuid %r" % (v,), os.setuid, v)
    attempt("setregid %r" % (v,), os.setregid, -1, v)
attempt("setreuid(-1, -1)", os.setreuid, -1, -1)
attempt("setreuid arity", os.setreuid, 1)
attempt("getresuid len", lambda: len(os.getresuid()))

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    p = "f"
    open(p, "w").close()
    st = os.stat(p)
    attempt("chown same", os.chown, p, st.st_uid, st.st_gid)
    attempt("chown -1", os.chown, p, -1, -1)
    attempt("chown float", os.chown, p, -1.0, 0)
    attempt("chown missing", os.chown, "missing", -1, -1)
    attempt("lchown missing", os.lchown, "missing", -1, -1)
    fd = os.open(p, os.O_RDONLY)
    attempt("fchown", os.fchown, fd, -1, -1)
    attempt("chown fd nofollow", os.chown, fd, -1, -1, follow_symlinks=False)
    os.close(fd)
    attempt("fchown closed", os.fchown, fd, -1, -1)
    dfd = os.open(d, os.O_RDONLY)
    attempt("chown dir_fd", os.chown, "f", -1, -1, dir_fd=dfd)
    os.close(dfd)

os.chdir("/")
print(len(os.getrandom(16)), os.getrandom(0))
attempt("getrandom -1", os.getrandom, -1)
print(len(os.getrandom(3, os.GRND_NONBLOCK)))
