# sys.stdlib_module_names: CPython 3.11's standard-library module names, on every platform
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
print(sorted(names))
print(all(type(n) is str for n in names))
print('os' in names, 'asyncio' in names, 'nt' in names, 'msvcrt' in names, 'test' in names, 'numpy' in names)
# every builtin module of CPython is in it
print(sorted(n for n in ['sys', 'builtins', '_io', 'posix', 'itertools', '_abc'] if n not in names))
