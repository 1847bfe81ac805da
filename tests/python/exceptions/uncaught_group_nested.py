# an uncaught nested ExceptionGroup with a cause and a note
def task(n):
    if n % 2:
        raise ValueError("odd %d" % n)
    raise TypeError("even %d" % n)
def gather(ns):
    errors = []
    for n in ns:
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    return errors
inner = ExceptionGroup("inner", gather([1, 2]))
try:
    raise ExceptionGroup("outer", [inner, KeyError("k")])
except ExceptionGroup as eg:
    eg.add_note("while gathering")
    try:
        raise RuntimeError("wrapper failed") from eg
    except RuntimeError as r:
        print("caught", r, "cause:", type(r.__cause__).__name__, len(r.__cause__.exceptions))
raise ExceptionGroup("top", [inner, ExceptionGroup("second", [OSError("disk")])])
