# threading.local: attributes per thread, a subclass's __init__ run again in each thread
# with the constructor's arguments, __dict__ per thread.
import threading

data = threading.local()
data.value = "main"
seen = []


def show(tag):
    seen.append((tag, getattr(data, "value", None)))
    data.value = tag
    seen.append((tag, data.value, sorted(data.__dict__)))


for tag in ["a", "b"]:
    t = threading.Thread(target=show, args=(tag,))
    t.start()
    t.join()
print(seen, data.value)


class Config(threading.local):
    created = 0

    def __init__(self, level):
        Config.created += 1
        self.level = level


cfg = Config(3)
cfg.level += 1
out = []


def use():
    out.append(cfg.level)
    cfg.level = 100
    out.append(cfg.level)


t = threading.Thread(target=use)
t.start()
t.join()
print(out, cfg.level, Config.created)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
