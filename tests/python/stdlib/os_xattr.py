# getxattr, setxattr, removexattr, listxattr on paths and descriptors
import os, errno, tempfile
with tempfile.TemporaryDirectory(dir=".") as d:
    fn = os.path.join(d, "f")
    open(fn, "w").close()
    try:
        os.getxattr(fn, "user.test")
    except OSError as e:
        print(e.errno == errno.ENODATA, e.filename == fn)
    before = os.listxattr(fn)
    os.setxattr(fn, "user.test", b"")
    print(sorted(set(os.listxattr(fn)) - set(before)), os.getxattr(fn, b"user.test"))
    os.setxattr(fn, "user.test", b"hello", os.XATTR_REPLACE)
    print(os.getxattr(fn, "user.test"))
    try:
        os.setxattr(fn, "user.test", b"bye", os.XATTR_CREATE)
    except OSError as e:
        print("create", e.errno == errno.EEXIST)
    try:
        os.setxattr(fn, "user.test2", b"bye", os.XATTR_REPLACE)
    except OSError as e:
        print("replace", e.errno == errno.ENODATA)
    os.setxattr(fn, "user.test2", bytearray(b"x" * 1000), follow_symlinks=False)
    print(len(os.getxattr(fn, "user.test2", follow_symlinks=False)))
    os.removexattr(fn, "user.test")
    try:
        os.removexattr(fn, "user.test")
    except OSError as e:
        print("remove", e.errno == errno.ENODATA)
    with open(fn, "rb") as f:
        print(os.getxattr(f.fileno(), "user.test2")[:3], "user.test2" in os.listxattr(f.fileno()))
        try:
            os.getxattr(f.fileno(), "user.test2", follow_symlinks=False)
        except ValueError as e:
            print(e)
    for f, a in [(os.setxattr, (fn, "user.x", "str")), (os.getxattr, (fn, 1)), (os.listxattr, (1.5,))]:
        try:
            f(*a)
        except TypeError as e:
            print(f.__name__, "TypeError")
    print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)
