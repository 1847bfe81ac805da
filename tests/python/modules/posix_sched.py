# scheduler functions: CPU affinity, policies, priorities and sched_param
import os

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(type(c) is int and c >= 0 for c in cpus))
print(cpus == os.sched_getaffinity(os.getpid()), len(cpus) <= os.cpu_count())
os.sched_setaffinity(0, cpus)
os.sched_setaffinity(0, list(cpus))
os.sched_setaffinity(0, iter(sorted(cpus)))
print(os.sched_getaffinity(0) == cpus)
print(os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE, os.SCHED_RESET_ON_FORK)
print(os.sched_getscheduler(0) == os.sched_getscheduler(os.getpid()))
for policy in (os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE):
    print(policy, os.sched_get_priority_min(policy), os.sched_get_priority_max(policy=policy))
p = os.sched_getparam(0)
print(p, type(p).__name__, p.sched_priority, p[0], len(p))
print(os.sched_param(5), os.sched_param(sched_priority=3) == (3,), os.sched_param(2).sched_priority)
print(type(os.sched_rr_get_interval(0)).__name__, os.sched_rr_get_interval(0) >= 0)
print(os.sched_yield())
os.sched_setparam(0, os.sched_getparam(0))
os.sched_setscheduler(0, os.sched_getscheduler(0), os.sched_getparam(0))
print(os.sched_getparam(0) == p)

def err(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for v in ([-1], ['x'], [1.0], [2 ** 31 - 1], [2 ** 31], [2 ** 63], [-2 ** 64], 5, []):
    err(os.sched_setaffinity, 0, v)
err(os.sched_setaffinity, 0)
err(os.sched_getaffinity)
err(os.sched_getaffinity, -5)
err(os.sched_get_priority_max, 12345)
err(os.sched_get_priority_min)
err(os.sched_getscheduler, -5)
err(os.sched_getparam, -5)
err(os.sched_setparam, 0, 5)
err(os.sched_setparam, 0, (0,))
err(os.sched_setparam, 0, os.sched_param(2 ** 40))
err(os.sched_setparam, 0)
err(os.sched_setscheduler, 0, 12345, os.sched_param(0))
err(os.sched_setscheduler, 0, os.SCHED_OTHER)
err(os.sched_rr_get_interval, -5)
err(os.sched_yield, 1)
err(os.sched_param)
err(os.sched_param, 1, 2)
