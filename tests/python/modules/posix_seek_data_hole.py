# os.lseek with SEEK_DATA and SEEK_HOLE on a file without holes, and an unknown whence
import os, sys

name = '/tmp/taipan-seek-%d-%s' % (os.getpid(), '-'.join('%s=%s' % kv for kv in sorted(sys._xoptions.items())))
with open(name, 'w+b') as fp:
    fp.write(b'hello')
    fp.flush()
    fno = fp.fileno()
    print([os.lseek(fno, i, os.SEEK_DATA) for i in range(5)], [os.lseek(fno, i, os.SEEK_HOLE) for i in range(5)])
    for whence in (os.SEEK_DATA, os.SEEK_HOLE, 7, -1):
        try:
            print(os.lseek(fno, 5, whence))
        except OSError as e:
            print(type(e).__name__, e.errno)
    print(os.lseek(fno, 2, os.SEEK_DATA), os.lseek(fno, 0, os.SEEK_CUR))
os.unlink(name)
