# os.sendfile, os.copy_file_range and os.splice between files and pipes
import os, tempfile

def attempt(label, f, *a, **k):
    try:
        print(label, "->", f(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    with open(src, "wb") as f:
        f.write(b"0123456789")
    dst = os.path.join(d, "dst")
    with open(src, "rb") as fin, open(dst, "w+b") as fout:
        i, o = fin.fileno(), fout.fileno()
        print(os.sendfile(o, i, 2, 4), os.lseek(i, 0, os.SEEK_CUR))
        print(os.sendfile(out_fd=o, in_fd=i, offset=None, count=3), os.lseek(i, 0, os.SEEK_CUR))
        print(os.sendfile(o, i, 100, 4))
        attempt("sendfile -1", os.sendfile, o, i, -1, 4)
        attempt("sendfile bad", os.sendfile, o, 999, 0, 4)
        print(os.copy_file_range(i, o, 3, offset_src=7, offset_dst=20))
        attempt("copy_file_range -10", os.copy_file_range, i, o, -10)
        fout.seek(0)
        print(fout.read())
        r, w = os.pipe()
        print(os.splice(i, w, 5, offset_src=1), os.read(r, 100))
        attempt("splice -10", os.splice, i, w, -10)
        attempt("splice two files", os.splice, i, o, 5)
        os.close(r)
        os.close(w)

# writing to a descriptor opened for reading only
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    with open(p, "wb") as f:
        f.write(b"abc")
    with open(p, "rb") as f:
        attempt("sendfile to read-only", os.sendfile, f.fileno(), f.fileno(), 0, 3)
