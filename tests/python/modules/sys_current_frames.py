# sys._current_frames() and sys._current_exceptions(): one entry per live thread, keyed by its ident.
import sys
import threading

ready = threading.Event()
done = threading.Event()


def worker():
    try:
        raise KeyError("held")
    except KeyError:
        ready.set()
        done.wait()


t = threading.Thread(target=worker)
t.start()
ready.wait()
frames = sys._current_frames()
me = threading.get_ident()
print(sorted(frames) == sorted([me, t.ident]))
print(frames[me].f_code.co_name, frames[me] is sys._getframe())
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("worker" in names)
exc = sys._current_exceptions()
print(exc[t.ident][:2], exc[t.ident][2].tb_frame.f_code.co_name, exc[me])
done.set()
t.join()
print(list(sys._current_frames()) == [me])
try:
    sys._current_frames(1)
except TypeError as e:
    print(e)
