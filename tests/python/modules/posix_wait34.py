# wait4 and waitid on real children; status and rusage checked by shape and value. Only this
# program's own pids are waited for (wait3 and P_ALL would reap children of programs run beside it)
import os, resource, subprocess, sys

def err(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(os.CLD_EXITED, os.CLD_KILLED, os.CLD_DUMPED, os.CLD_TRAPPED, os.CLD_STOPPED, os.CLD_CONTINUED)
err(os.wait4, 1, 0)
err(os.wait4, 1, os.WNOHANG)
err(os.waitid, os.P_PID, 1, os.WEXITED)

p = subprocess.Popen(['/bin/sh', '-c', 'exit 3'])
pid, status, usage = os.wait4(p.pid, 0)
print(pid == p.pid, os.waitstatus_to_exitcode(status), type(usage).__name__, type(usage) is resource.struct_rusage)
print(type(usage.ru_utime).__name__, usage.ru_maxrss >= 0, len(usage))
p.returncode = 3

p = subprocess.Popen(['/bin/sh', '-c', 'exit 5'])
pid, status, usage = os.wait4(pid=p.pid, options=0)
print(pid == p.pid, os.WEXITSTATUS(status), type(usage).__name__, usage.ru_utime >= 0.0)
p.returncode = 5

p = subprocess.Popen(['/bin/sh', '-c', 'exit 7'])
r = os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
print(type(r).__name__, r.si_pid == p.pid, r.si_status, r.si_code == os.CLD_EXITED, r.si_uid == os.getuid())
r = os.waitid(os.P_PID, p.pid, os.WEXITED)
print(r.si_pid == p.pid, r.si_status, r.si_code, len(r), r.si_signo)
p.returncode = 7

p = subprocess.Popen(['/bin/sleep', '30'])
print(os.wait4(p.pid, os.WNOHANG)[:2], os.wait4(p.pid, os.WNOHANG)[2] == resource.struct_rusage((0.0, 0.0) + (0,) * 14))
print(os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG))
p.kill()
r = os.waitid(os.P_PID, p.pid, os.WEXITED)
print(r.si_code == os.CLD_KILLED, r.si_status == 9)
p.returncode = -9

err(os.wait3)
err(os.wait3, 1, 2)
err(os.wait4, 1)
err(os.wait4, pid=1)
err(os.waitid, 1, 2)
err(os.waitid, 1, 2, 3, x=1)
err(os.waitid, 12345, 0, os.WEXITED)
