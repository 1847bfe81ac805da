# tarfile, zipfile and shutil archives with bz2 and xz compression, and bz2.open / lzma.open
# in binary and text modes, written into a temporary directory.
import bz2
import io
import lzma
import os
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n" * 100)
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(bytes(range(256)) * 20)

    for mode in ("bz2", "xz"):
        path = os.path.join(tmp, "t.tar." + mode)
        with tarfile.open(path, "w:" + mode) as tf:
            tf.add(os.path.join(src, "a.txt"), arcname="a.txt")
            tf.add(os.path.join(src, "sub", "b.bin"), arcname="sub/b.bin")
        with tarfile.open(path, "r:*") as tf:
            names = tf.getnames()
            a = tf.extractfile("a.txt").read()
            b = tf.extractfile("sub/b.bin").read()
        print(mode, names, len(a), len(b), b[:4])
        # streaming mode reads the same
        with tarfile.open(path, "r|" + mode) as tf:
            print([m.name for m in tf])
        with open(path, "rb") as f:
            print(f.read(3))

    for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        path = os.path.join(tmp, "z%d.zip" % method)
        with zipfile.ZipFile(path, "w", compression=method) as zf:
            zf.writestr("hello.txt", "hello zip " * 200)
            zf.write(os.path.join(src, "sub", "b.bin"), "b.bin")
        with zipfile.ZipFile(path) as zf:
            print(method, [(i.filename, i.compress_type, i.file_size) for i in zf.infolist()])
            print(zf.read("hello.txt")[:20], zf.read("b.bin") == bytes(range(256)) * 20, zf.testzip())

    for fmt in ("bztar", "xztar"):
        archive = shutil.make_archive(os.path.join(tmp, "arch"), fmt, root_dir=src)
        print(fmt, os.path.basename(archive))
        out = os.path.join(tmp, "out_" + fmt)
        shutil.unpack_archive(archive, out)
        print(sorted(os.path.relpath(os.path.join(d, n), out) for d, _, ns in os.walk(out) for n in ns))

    p = os.path.join(tmp, "t.bz2")
    with bz2.open(p, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with bz2.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with bz2.BZ2File(p, "a") as f:
        f.write(b"appended\n")
    with bz2.open(p) as f:
        print(f.read())
        f.seek(3)
        print(f.read(5), f.tell())

    p = os.path.join(tmp, "t.xz")
    with lzma.open(p, "w", preset=1) as f:
        f.write(b"x" * 10000)
        f.write(b"tail")
    with lzma.open(p) as f:
        print(len(f.read()), f.tell())
    with lzma.open(p, "rb") as f:
        f.seek(9998)
        print(f.read())
    p = os.path.join(tmp, "t.lzma")
    with lzma.open(p, "wt", format=lzma.FORMAT_ALONE) as f:
        print("text", file=f)
    with lzma.open(p, "rt", format=lzma.FORMAT_ALONE) as f:
        print(repr(f.read()))

    buf = io.BytesIO()
    with lzma.LZMAFile(buf, "w", check=lzma.CHECK_SHA256) as f:
        f.write(b"in memory")
    print(buf.getvalue()[:12].hex(), lzma.decompress(buf.getvalue()))
    buf = io.BytesIO()
    with bz2.BZ2File(buf, "w", compresslevel=1) as f:
        f.write(b"in memory")
    print(buf.getvalue().hex())
