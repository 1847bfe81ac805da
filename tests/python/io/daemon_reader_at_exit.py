# The program ends while daemon threads are blocked inside reads of files open() made: one holds a
# buffered reader's lock in read(2), another waits for that lock, a third is in a text file's read.
# CPython leaves those objects alone at exit (the threads' frames keep them); the process must end,
# not wait for ever to close them.
import os, threading, time

r1, w1 = os.pipe()
binary = open(r1, 'rb')
r2, w2 = os.pipe()
text = open(r2, 'r')
started = []

def read_binary():
    started.append(1)
    binary.read(1)

def read_text():
    started.append(1)
    text.read(1)

for target in (read_binary, read_binary, read_text):
    threading.Thread(target=target, daemon=True).start()
while len(started) < 3:
    time.sleep(0.01)
time.sleep(0.2)
print("threads blocked:", threading.active_count() - 1)
print("exiting")
