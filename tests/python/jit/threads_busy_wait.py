# A hot loop that spins on a global set by another thread, and two threads running hot loops
# over shared state under a lock: a trace must re-read globals and let other threads run.
import threading
import time
done = False
def setter():
    global done
    time.sleep(0.05)
    done = True
t = threading.Thread(target=setter)
t.start()
spins = 0
while not done:
    spins += 1
t.join()
print("spin loop finished", spins > 0)

class Box:
    flag = False
box = Box()
def set_attr():
    time.sleep(0.05)
    box.flag = True
t = threading.Thread(target=set_attr)
t.start()
n = 0
while not box.flag:
    n += 1
t.join()
print("attribute spin finished", n > 0)

lock = threading.Lock()
shared = [0]
def work(k):
    local = 0
    for i in range(3000):
        local += i * k
        with lock:
            shared[0] += 1
    results[k] = local
results = {}
threads = [threading.Thread(target=work, args=(k,)) for k in range(1, 4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(shared[0], sorted(results.items()))
