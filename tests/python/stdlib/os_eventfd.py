# eventfd, eventfd_read, eventfd_write (counter and semaphore modes, select)
import os, select, struct
fd = os.eventfd(5)
print(os.get_inheritable(fd), os.EFD_CLOEXEC, os.EFD_NONBLOCK, os.EFD_SEMAPHORE)
print(struct.unpack("@Q", os.read(fd, 8))[0])
os.write(fd, struct.pack("@Q", 23))
os.eventfd_write(fd, 2)
print(os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(2, os.EFD_SEMAPHORE | os.EFD_NONBLOCK | os.EFD_CLOEXEC)
print(os.eventfd_read(fd), os.eventfd_read(fd))
try:
    os.eventfd_read(fd)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
try:
    os.read(fd, 8)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
r, w, x = select.select([fd], [fd], [fd], 0)
print(r == [], w == [fd], x)
os.eventfd_write(fd, 2**64 - 2)
r, w, x = select.select([fd], [fd], [fd], 0)
print(r == [fd], w, x)
for v in (-1, 2**64, "x"):
    try:
        os.eventfd_write(fd, v)
    except Exception as e:
        print(type(e).__name__, e)
os.close(fd)
try:
    os.eventfd_read(fd)
except OSError as e:
    print(e.errno)
