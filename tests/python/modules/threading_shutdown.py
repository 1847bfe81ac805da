# At exit the main thread waits for non-daemon threads (threading._shutdown), which may
# still print; a daemon thread blocked forever does not keep the program alive.
import threading

release = threading.Event()
never = threading.Event()


def late():
    release.wait()
    print("non-daemon thread finished after the main module")


def stuck():
    never.wait()
    print("never printed")


threading.Thread(target=late).start()
threading.Thread(target=stuck, daemon=True).start()
print("main module ends")
release.set()
