#!/usr/bin/env python3
"""Writes src/main/resources/org/taipan/runtime/text-signatures.txt from CPython 3.11.

The table records, for the builtins module's functions, the methods of the core builtin
types, and the functions, types and methods of the C modules Taipan writes in Java, the
__text_signature__ CPython derives from each one's docstring (what
inspect.signature() parses).  Run it with CPython 3.11 as python3.

Format: a line "[module NAME]" or "[type NAME]" or "[slots]" opens a section; each following
line is "NAME<TAB>SIGNATURE" with newlines in the signature written as \\n, or "NAME<TAB>-" where
CPython has no signature (so that no fallback applies).  In a type's section the name
"__text_signature__" is the type's own.  [slots] gives the signature of the slot wrappers
(wrapper_descriptor) by special-method name, for types without their own section.
"""
import builtins
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

TYPES = (str, bytes, bytearray, list, dict, set, frozenset, tuple, int, float, complex, bool,
         object, type, range, slice, memoryview, enumerate, zip, map, filter, reversed,
         property, staticmethod, classmethod, super)
# The C modules whose functions' signatures are listed (by module __name__); a module missing
# from this CPython build is skipped.
C_MODULES = ('math', 'cmath', 'time', 'sys', 'gc', 'itertools', '_operator', '_functools', '_collections',
             '_io', 'posix', '_thread', '_weakref', '_codecs', '_struct', 'binascii', 'zlib', 'select',
             '_bisect', '_heapq', 'array', '_json', 'atexit', 'marshal', '_abc', '_signal', '_stat',
             'unicodedata', '_socket', '_pickle', '_warnings', '_imp', 'faulthandler', '_locale', '_sre',
             '_csv', 'fcntl', 'resource', 'grp', 'pwd', 'termios', 'errno', '_string', '_contextvars',
             '_random', '_datetime', '_posixsubprocess', '_md5', '_sha1', '_sha256', '_sha512', '_sha3',
             '_blake2', 'mmap', '_bz2', '_lzma', '_queue', '_statistics', '_tokenize', '_symtable',
             '_tracemalloc', '_uuid', '_opcode', '_lsprof', '_asyncio', '_elementtree', '_zoneinfo')


def c_modules():
    found = []
    for name in C_MODULES:
        try:
            found.append((name, __import__(name)))
        except ImportError:
            pass
    return found


MODULES = (('builtins', builtins),) + tuple(c_modules())


def esc(s):
    return '-' if s is None else s.replace('\\', '\\\\').replace('\n', '\\n')


def type_section(out, title, t, slots):
    """Appends "[type TITLE]" with t's own signature and its methods'; slot wrappers too when
    slots is a dict (which collects them)."""
    out.append('[type %s]' % title)
    out.append('__text_signature__\t%s' % esc(t.__text_signature__))
    for name in sorted(vars(t)):
        x = vars(t)[name]
        kind = type(x).__name__
        if kind not in ('method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor',
                        'builtin_function_or_method', 'staticmethod'):
            continue
        if kind == 'wrapper_descriptor' and slots is None:
            continue
        if kind == 'staticmethod':
            x = x.__func__
            if not hasattr(x, '__text_signature__'):
                continue  # a Python function: its signature is its own
        sig = x.__text_signature__
        if kind == 'wrapper_descriptor':
            prev = slots.setdefault(name, sig)
            assert prev == sig, name
        out.append('%s\t%s' % (name, esc(sig)))


def main():
    out = []
    for module_name, m in MODULES:
        # by the name it is imported as (_io calls itself io)
        out.append('[module %s]' % module_name)
        for name in sorted(vars(m)):
            x = vars(m)[name]
            if isinstance(x, type) or not callable(x) or type(x).__name__ != 'builtin_function_or_method':
                continue
            if getattr(x, '__self__', None) is not m and m is not builtins:
                continue  # another module's function imported into this one
            out.append('%s\t%s' % (name, esc(x.__text_signature__)))
    slots = {}
    for t in TYPES:
        type_section(out, t.__name__, t, slots)
    # The types of the C modules, by their full name (tp_name: "_pickle.Pickler",
    # "collections.deque"); their slot wrappers fall back to [slots].
    done = set()
    for module_name, m in MODULES[1:]:
        for name in sorted(vars(m)):
            t = vars(m)[name]
            if not isinstance(t, type) or t.__module__ == 'builtins' or issubclass(t, BaseException):
                continue
            title = '%s.%s' % (t.__module__, t.__qualname__)  # _md5.MD5Type is _md5.md5
            if title not in done:
                done.add(title)
                type_section(out, title, t, None)
    # the slot wrappers of every other builtin type, for the [slots] section
    seen = set()
    todo = [object]
    while todo:
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        todo.extend(type.__subclasses__(t))
        if t.__flags__ & (1 << 9):  # Py_TPFLAGS_HEAPTYPE
            continue
        for name, x in vars(t).items():
            if type(x).__name__ == 'wrapper_descriptor' or name == '__new__' and isinstance(x, type(len)):
                prev = slots.setdefault(name, x.__text_signature__)
                assert prev == x.__text_signature__, (t, name)
    out.append('[slots]')
    for name in sorted(slots):
        out.append('%s\t%s' % (name, esc(slots[name])))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, '..', 'src', 'main', 'resources', 'org', 'taipan', 'runtime',
                        'text-signatures.txt')
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


main()
