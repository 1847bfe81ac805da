# platform's python_* functions parse sys.version; an unparsable one made them raise ValueError.
import platform
import sys

print(platform.python_implementation() in ("CPython", "PyPy", "IronPython", "Jython"))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(s, str) for s in build))
print(isinstance(platform.python_compiler(), str) and platform.python_compiler() != "")
print(isinstance(platform.python_branch(), str), isinstance(platform.python_revision(), str))
print(len(sys._git), all(isinstance(s, str) for s in sys._git))
# The parser itself, on CPython-shaped strings.
print(platform._sys_version("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]")[1:])
print(platform._sys_version("3.11.7 (tags/v3.11.7) [Clang 15]")[4:])
try:
    platform._sys_version("3.11.7 nothing")
except ValueError as e:
    print(type(e).__name__, e)
