# subprocess.run / call / check_call / check_output: output capture, return codes, errors.
import subprocess

r = subprocess.run(["echo", "hi"], capture_output=True, text=True)
print(r)
print(subprocess.run(["echo", "a", "b c"], stdout=subprocess.PIPE).stdout)
print(subprocess.call(["true"]), subprocess.call(["false"]))
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=b"fed through stdin\n"))
print(subprocess.check_output(["cat"], input="text mode\n", text=True))
r = subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 1"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.stdout, e.stderr)
try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, repr(e.output))
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
# killed by a signal: a negative return code, and the exception's wording
print(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)
print(subprocess.run(["sh", "-c", "kill -15 $$"]).returncode)
try:
    subprocess.check_call(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
# a missing program, a missing directory
for args, kw in [(["nosuch"], {}), (["/nonexistent/prog"], {}), (["echo"], {"cwd": "/nonexistent-dir"}),
                 (["nosuch-either"], {"shell": False, "executable": "nosuch-exe"})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
# a file that is not executable
try:
    subprocess.run(["/etc/passwd"])
except OSError as e:
    print(type(e).__name__, e)
