# O_APPEND with O_RDWR: the descriptor reads, and every write goes to the end
import os, tempfile, fcntl
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'wb') as f:
        f.write(b'hello')
    fd = os.open(p, os.O_RDWR | os.O_APPEND)
    print(os.read(fd, 3))
    os.write(fd, b' world')
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100))
    os.lseek(fd, 1, os.SEEK_SET)
    os.write(fd, b'!')
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100), bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND))
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'?')
    print(bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND))
    os.close(fd)
    with open(p, 'a+b') as f:
        f.seek(0)
        print(f.read(2))
        os.write(f.fileno(), b'#')
    with open(p, 'rb') as f:
        print(f.read())
