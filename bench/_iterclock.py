"""The benchmarks' opt-in per-iteration timing, shared by every program that has outer iterations
(a file whose name starts with '_' is not a benchmark for bench/run). Uses only sys and time, so
PyPy 3.9 runs it too."""
import sys


def iteration_clock():
    """With `--iter-times` after the size, returns a function to call after each outer
    iteration: it prints `iter K SECONDS` (time.perf_counter since the previous call) to stderr
    for bench/run's warm-up table. Without it, a function that does nothing."""
    if "--iter-times" not in sys.argv[2:]:
        return lambda: None
    from time import perf_counter
    state = [perf_counter(), 0]

    def tick():
        now = perf_counter()
        state[1] += 1
        sys.stderr.write("iter %d %.6f\n" % (state[1], now - state[0]))
        state[0] = now
    return tick
