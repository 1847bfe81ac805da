# os.utime of a FIFO with no writer sets its times without opening it
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, 'fifo')
    os.mkfifo(f)
    os.utime(f, (1000, 2000))
    st = os.stat(f)
    print(st.st_atime, st.st_mtime)
    os.utime(f, ns=(1_500_000_123, 2_500_000_456))
    st = os.stat(f)
    print(st.st_atime_ns, st.st_mtime_ns)
    os.symlink(f, os.path.join(d, 'link'))
    os.utime(os.path.join(d, 'link'), (3000, 4000))
    print(os.stat(f).st_mtime)
    os.utime(f, (-5.5, 7))
    print(os.stat(f).st_atime, os.stat(f).st_mtime)
    try:
        os.utime(os.path.join(d, 'missing'), (1, 2))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
