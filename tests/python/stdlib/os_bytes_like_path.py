# a bytes-like path (bytearray, memoryview) is deprecated but still a bytes path; scandir's inode
import os, tempfile, warnings

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    open("f.txt", "w").close()
    for cls in (bytearray, memoryview):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            names = [e.name for e in os.scandir(cls(b"."))]
            print(names, [str(x.message) for x in w], [x.category.__name__ for x in w])
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                os.stat(cls(b"missing"))
            except FileNotFoundError as e:
                print(type(e.filename).__name__, e.errno)
            print([str(x.message) for x in w])
    entry = next(os.scandir("."))
    os.unlink("f.txt")
    print(entry.inode() > 0, entry.is_file(), entry.is_dir(), entry.is_symlink())
    try:
        entry.stat()
    except FileNotFoundError as e:
        print("stat", type(e).__name__)
    os.chdir("/")
