# A hot loop that spins on a global set by another thread, and two threads running hot loops
# over shared state under a lock: a trace must re-read globals and let other threads run.
import threading
import time
done = False
def wait_for_spinning(count):
    # the setter waits until the loop has spun (up to 5 s) rather than sleeping a fixed
    # time: on a loaded machine a fixed sleep could end before the loop starts
    for _ in range(5000):
        if count():
            return
        time.sleep(0.001)
def setter():
    global done
    wait_for_spinning(lambda: spins)
    done = True
spins = 0
t = threading.Thread(target=setter)
t.start()
while not done:
    spins += 1
t.join()
print("spin loop finished", spins > 0)

class Box:
    flag = False
box = Box()
def set_attr():
    wait_for_spinning(lambda: n)
    box.flag = True
n = 0
t = threading.Thread(target=set_attr)
t.start()
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
