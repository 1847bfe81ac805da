# os.spawn* (provided by posix, as nt does) and os.exec* argument checks and failures
import os, sys
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 3"]))
print(os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "echo hi; exit 4"]))
print(os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "kill -9 $$"))
pid = os.spawnle(os.P_NOWAIT, "/bin/sh", "sh", "-c", 'echo "$FOO"', {"FOO": "bar"})
print(os.waitpid(pid, 0)[1])
print(os.spawnv(os.P_WAIT, "/nonexistent", ["x"]))
print(os.waitstatus_to_exitcode(os.waitpid(os.spawnv(os.P_NOWAIT, "/nonexistent", ["x"]), 0)[1]))
for f, a in [(os.spawnv, (0, "x", "a")), (os.spawnv, (0, "x", [""])), (os.execv, ("x", [])), (os.execv, ("x", [""])), (os.execve, ("x", ["a"], {"a=b": "c"})), (os.execv, ("/nonexist", ["a"])), (os.execve, ("/nonexist", ["a"], {})), (os.execvpe, ("no such app-", ["no such app-"], None))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
