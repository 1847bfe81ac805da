# A path ending in a slash names a directory: stat, lstat, access and the os.path tests fail on a
# file (or a link to one) with ENOTDIR; chmod cannot change a symbolic link's own mode on Linux.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f")
    open(f, "w").close()
    os.symlink("f", os.path.join(d, "l"))
    os.mkdir(os.path.join(d, "sub"))
    os.symlink("sub", os.path.join(d, "ls"))
    for name in ["f/", "f/.", "l/", "sub/", "ls/", "nope/", "sub//", "f"]:
        p = os.path.join(d, name)
        for fn in (os.stat, os.lstat, os.path.exists, os.path.isfile, os.path.isdir, os.access):
            try:
                r = fn(p) if fn is not os.access else fn(p, os.R_OK)
                print(name, fn.__name__, r if isinstance(r, bool) else oct(r.st_mode & 0o170000))
            except OSError as e:
                print(name, fn.__name__, type(e).__name__, e.errno)
    try:
        os.chmod(os.path.join(d, "l"), 0o644, follow_symlinks=False)
        print("chmod link ok")
    except NotImplementedError as e:
        print("NotImplementedError", e)
    os.chmod(f, 0o600, follow_symlinks=False)
    print(oct(os.stat(f).st_mode & 0o777))

    # open(2) on such a name: EISDIR when creating, ENOENT or ENOTDIR otherwise; nothing is made
    for name, mode in [("f/", "r"), ("f/", "w"), ("new/", "w"), ("new/", "r"), ("new2/", "x"), ("f/", "a")]:
        try:
            open(os.path.join(d, name), mode).close()
            print(name, mode, "opened")
        except OSError as e:
            print(name, mode, type(e).__name__, e.errno)
    for name, flags in [("f/", os.O_RDONLY), ("new3/", os.O_WRONLY | os.O_CREAT)]:
        try:
            os.close(os.open(os.path.join(d, name), flags))
            print(name, "os.open opened")
        except OSError as e:
            print(name, "os.open", type(e).__name__, e.errno)
    print(sorted(os.listdir(d)))

    # every call resolves 'file/' as a directory: nothing is deleted, renamed or changed
    cases = [("unlink", lambda: os.unlink(f + "/")), ("rename", lambda: os.rename(f + "/", f + "2")),
             ("link", lambda: os.link(f + "/", f + "3")), ("chmod", lambda: os.chmod(f + "/", 0o600)),
             ("utime", lambda: os.utime(f + "/")), ("truncate", lambda: os.truncate(f + "/", 0)),
             ("readlink", lambda: os.readlink(f + "/")), ("unlink link", lambda: os.unlink(os.path.join(d, "l") + "/")),
             ("listdir", lambda: len(os.listdir(os.path.join(d, "sub") + "/")))]
    for name, call in cases:
        try:
            print(name, call())
        except OSError as e:
            print(name, type(e).__name__, e.errno)
    print(sorted(os.listdir(d)))
