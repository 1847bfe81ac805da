#!/usr/bin/env python3
"""Writes src/main/java/org/taipan/imports/StdlibModuleNameList.java: sys.stdlib_module_names.

The names are those of CPython 3.11's standard library on every platform: the top-level modules
and packages of the installed Lib directory and its lib-dynload extension modules, the builtin
modules, less CPython's test and example modules, plus the modules built only on other
platforms or configurations (listed below).  Run it with CPython 3.11 as python3.

The names are a Java string constant rather than a resource file: reading a resource opens the
jar, ~10 ms of every start-up that needs nothing else from it (sys is made at start-up).
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

# Built only on Windows or macOS, only with dbm/gdbm, or frozen into the interpreter.
OTHER_PLATFORMS = {
    '_dbm', '_gdbm',                                  # dbm.ndbm, dbm.gnu
    '_frozen_importlib', '_frozen_importlib_external',
    '_msi', 'msilib', '_overlapped', '_winapi', 'msvcrt', 'nt', 'winreg', 'winsound',  # Windows
    '_scproxy',                                       # macOS
}


def is_test_module(name):
    """CPython's test suite, its test helpers and the example modules are not listed."""
    return (name == 'test' or name.startswith('_test') or name.startswith('_xx') or name.startswith('xx')
            or name in ('__hello__', '__phello__', '_ctypes_test')
            or name.startswith('_sysconfigdata_'))


def main():
    lib = os.path.dirname(os.__file__)
    names = set(OTHER_PLATFORMS)
    for entry in os.listdir(lib):
        path = os.path.join(lib, entry)
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(path, '__init__.py')):
            names.add(entry)
    for entry in os.listdir(os.path.join(lib, 'lib-dynload')):
        names.add(entry.split('.')[0])
    names.update(sys.builtin_module_names)
    names = sorted(n for n in names if not is_test_module(n))
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, '..', 'src', 'main', 'java', 'org', 'taipan', 'imports',
                       'StdlibModuleNameList.java')
    lines = ''.join('            %s\n' % n for n in names)
    with open(out, 'w') as f:
        f.write(JAVA % lines)


JAVA = '''package org.taipan.imports;

/**
 * The names behind {@link StdlibModuleNames}, written by {@code tools/gen-stdlib-module-names.py}
 * from CPython 3.11's installation: edit the script, not this file.
 */
final class StdlibModuleNameList {
    private StdlibModuleNameList() {}

    /** The module names, sorted, one per line (each line ends with a newline). */
    static final String NAMES = """
%s            """;
}
'''

main()
