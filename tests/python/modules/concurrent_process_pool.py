# concurrent.futures.ProcessPoolExecutor: map in order, futures as they complete, a worker's
# exception re-raised by result(), chunks.
import math
from concurrent.futures import ProcessPoolExecutor, as_completed


def work(n):
    return sum(i * i for i in range(n))


def boom(x):
    raise KeyError(x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(list(ex.map(work, [10, 100, 1000])))
        futures = [ex.submit(work, n) for n in (5, 6)]
        print(sorted(f.result() for f in as_completed(futures)))
        f = ex.submit(boom, "k")
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e, f.done())
        print(list(ex.map(math.factorial, range(6), chunksize=2)))
    try:
        ex.submit(work, 1)
    except RuntimeError as e:
        print("RuntimeError", e)
