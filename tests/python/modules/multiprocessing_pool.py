# multiprocessing.Pool: results in order, errors of the workers re-raised in the parent, an
# initializer, and what may not be passed to a task. Its start method is the platform's default
# (fork under CPython on Linux, spawn under Taipan, which cannot fork): the output is the same.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 3:
        raise ValueError("no threes: %d" % x)
    return x


def init_worker(tag):
    global TAG
    TAG = tag


def tagged(x):
    return "%s-%d" % (TAG, x)


def holds(lock):
    return lock is not None


if __name__ == "__main__":
    print(mp.current_process().name, mp.get_start_method() in mp.get_all_start_methods())
    with mp.Pool(2, initializer=init_worker, initargs=("w",)) as pool:
        print(pool.map(square, range(12)))
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(pool.apply(add, (40, 2)))
        print(pool.apply_async(square, (9,)).get(timeout=60))
        done = []
        pool.apply_async(add, ([1], [2]), callback=done.append).wait(60)
        print(done)
        try:
            pool.map(fail, range(5))
        except ValueError as e:
            print("ValueError", e)
        errors = []
        pool.apply_async(fail, (3,), error_callback=errors.append).wait(60)
        print([type(e).__name__ for e in errors])
        print(pool.map(square, range(20), chunksize=7)[-3:])
        print(pool.map(tagged, [1, 2]))
        try:
            pool.apply(holds, (mp.Lock(),))
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError", e)
