# with statements in a hot loop: __exit__ sees exceptions, suppresses some, re-raises others.
import contextlib

class CM:
    def __init__(self):
        self.enter = 0
        self.exit = 0
        self.seen = []
    def __enter__(self):
        self.enter += 1
        return self
    def __exit__(self, et, ev, tb):
        self.exit += 1
        if et is not None:
            self.seen.append(et.__name__)
            return et is KeyError
        return False

@contextlib.contextmanager
def counted(box):
    box[0] += 1
    try:
        yield box
    finally:
        box[1] += 1


def main():
    cm = CM()
    total = 0
    for i in range(3000):
        with cm as c:
            total += 1
            if i % 1000 == 999:
                raise KeyError(i)
            if i % 500 == 250:
                continue
            total += 1
    print(cm.enter, cm.exit, cm.seen, total)
    try:
        for i in range(3000):
            with cm:
                if i == 2222:
                    raise ValueError("out")
    except ValueError as e:
        print(i, e, cm.enter, cm.exit, cm.seen[-1])
    box = [0, 0]
    for i in range(3000):
        with counted(box) as b:
            if i == 2998:
                break
    print(box)


main()
