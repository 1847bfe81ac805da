# A FIFO whose two ends this process opens from two threads: opening and reading it wait without
# the GIL, so the writer thread runs (CPython's open(2) and read(2) release the GIL).
import os, threading, time, shutil, tempfile
b = tempfile.mkdtemp()
os.mkfifo(b + '/ff')
def writer():
    with open(b + '/ff', 'w') as f:
        f.write('through fifo\n')
threading.Thread(target=writer, daemon=True).start()
time.sleep(0.2)
with open(b + '/ff') as f:
    print(f.read())
shutil.rmtree(b)
