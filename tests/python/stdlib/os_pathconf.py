# pathconf, fpathconf and pathconf_names
import os, tempfile
print(sorted(os.pathconf_names.items(), key=lambda x: x[1]))
print(os.pathconf in os.supports_fd)
fd = os.open(tempfile.gettempdir(), os.O_RDONLY)
print(os.pathconf("/", "PC_NAME_MAX") == os.pathconf("/", 3) == os.fpathconf(fd, "PC_NAME_MAX") == os.pathconf(fd, 3))
os.close(fd)
print(os.pathconf("/", "PC_SOCK_MAXBUF"))
for f, a in [(os.pathconf, ("/", "NOPE")), (os.pathconf, ("/nonexistent", "PC_NAME_MAX")), (os.fpathconf, (99, "PC_NAME_MAX")),
             (os.pathconf, ("/", 1.5)), (os.pathconf, ("/", 999))]:
    try:
        print(f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
