# except*: once an earlier clause took every leaf, later clauses are skipped (their types still checked)
try:
    raise ExceptionGroup("fst", [BlockingIOError("io")])
except* OSError as e:
    print("first:", repr(e))
except* BlockingIOError:
    print("never")
try:
    raise BlockingIOError("naked")
except* OSError:
    print("naked taken by first")
except* BlockingIOError as e:
    print("never", e)
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError:
    print("values taken")
except* TypeError:
    print("never")
except* KeyError:
    print("never")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("took it")
    except* ExceptionGroup:
        print("never")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("took it")
    except* 42:
        print("never")
except TypeError as e:
    print("TypeError", e)
print("done")
