# open() while another thread is blocked writing a full pipe through a file that open() made:
# the main thread must get on to read the pipe, whatever open() does with the other file.
import os
import threading
import time

r, w = os.pipe()
f = open(w, "wb")
done = []


def writer():
    f.write(b"x" * 1_000_000)
    f.flush()
    done.append(True)


t = threading.Thread(target=writer)
t.start()
time.sleep(0.2)
with open(__file__, "rb") as g:
    print(g.read(1))
got = 0
while got < 1_000_000:
    got += len(os.read(r, 65536))
t.join()
print(got, done)
f.close()
os.close(r)
