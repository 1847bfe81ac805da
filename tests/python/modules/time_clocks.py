# time's clocks: types, monotonicity, clock info, sleep's argument checks
import time

a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, b >= a)
a, b = time.monotonic_ns(), time.monotonic_ns()
print(type(a).__name__, b >= a)
a, b = time.perf_counter(), time.perf_counter()
print(type(a).__name__, b >= a, type(time.perf_counter_ns()).__name__)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(abs(time.time() - time.time_ns() / 1e9) < 5)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(type(time.thread_time()).__name__, time.thread_time_ns() >= 0)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(name, time.get_clock_info(name))
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError', e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC))
try:
    time.clock_gettime(12345)
except OSError as e:
    print(type(e).__name__, e)
t0 = time.monotonic()
time.sleep(0.02)
time.sleep(0)
time.sleep(True)
print(time.monotonic() - t0 >= 0.02)
for bad in [-1, -0.5, 'x', None, float('nan'), 10**30, 1e300]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
lt = time.localtime()
print(type(lt).__name__, len(lt), time.mktime(time.localtime(1234567890)) == 1234567890.0)
print(time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(time.localtime(0).tm_gmtoff + time.timezone in (0, 3600, -3600) or time.daylight == 1)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
print(time._STRUCT_TM_ITEMS)
