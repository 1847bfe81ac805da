# An exception escaping a thread's run(): the default threading.excepthook prints
# "Exception in thread NAME:" and the traceback on stderr; a custom hook gets ExceptHookArgs;
# SystemExit is silent; the exception does not reach the thread that joins.
import sys
import threading


def fail():
    raise ValueError("failed in thread")


t = threading.Thread(target=fail, name="worker")
t.start()
t.join()
print("joined", t.is_alive())

t = threading.Thread(target=fail)
t.start()
t.join()

threading.Thread(target=sys.exit, args=(3,)).start()
for th in threading.enumerate():
    if th is not threading.current_thread():
        th.join()

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fail, name="hooked")
t.start()
t.join()
print(seen)
print(threading.__excepthook__ is not hook, type(threading.ExceptHookArgs).__name__)
threading.excepthook = threading.__excepthook__


class Broken(threading.Thread):
    def run(self):
        1 / 0


b = Broken(name="broken")
b.start()
b.join()
print("end")
