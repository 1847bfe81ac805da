# resource: limits read and changed through the C library, usage as a struct_rusage, CPython's
# errors. (The harness runs programs inside one shared JVM, so the limits are only set to what
# they are: lowering one here would starve the programs running beside it. ScanDirProcessTest
# lowers the descriptor limit in a process of its own.)
import resource as r

print(r.RLIM_INFINITY, r.RLIMIT_NOFILE, r.RLIMIT_OFILE, r.RUSAGE_SELF, r.RUSAGE_CHILDREN, r.error is OSError)
print(r.getpagesize() > 0, r.struct_rusage.n_fields, r.struct_rusage.__module__)
u = r.getrusage(r.RUSAGE_SELF)
print(type(u.ru_utime).__name__, u.ru_utime >= 0, u.ru_maxrss > 0, len(u))
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
print(soft <= hard or hard == -1, r.prlimit(0, r.RLIMIT_NOFILE) == (soft, hard))
for bad in [lambda: r.getrlimit(99), lambda: r.getrlimit(-1), lambda: r.setrlimit(7, (1,)), lambda: r.setrlimit(7, 5),
            lambda: r.setrlimit(7, (10, 5)), lambda: r.getrusage(7), lambda: r.getrlimit("x"), lambda: r.getrlimit(),
            lambda: r.setrlimit(), lambda: r.setrlimit(1), lambda: r.prlimit(0), lambda: r.getrusage(),
            lambda: r.getpagesize(1), lambda: r.getrlimit(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

r.setrlimit(r.RLIMIT_NOFILE, (soft, hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard))
