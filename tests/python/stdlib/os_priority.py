# getpriority / setpriority
import os
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
base = os.getpriority(os.PRIO_PROCESS, 0)
print(type(base).__name__)
for f, a in [(os.getpriority, (99, 0)), (os.setpriority, (0, 0, "x")), (os.getpriority, (0,)), (os.setpriority, (99, 0, 0))]:
    try:
        print(f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
