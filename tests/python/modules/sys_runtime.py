# sys: flags, encodings, getsizeof of builtin objects, intern, audit hooks, trace/profile storage, _getframe
import sys

f = sys.flags
print(type(f).__name__, len(f), f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site, f.no_site,
      f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode, f.utf8_mode,
      f.warn_default_encoding, f.safe_path, f.int_max_str_digits)
print(sys.api_version, sys.float_repr_style, sys.warnoptions, sys.getdefaultencoding(), sys.getfilesystemencoding(),
      sys.getfilesystemencodeerrors(), sys.byteorder, sys.maxsize, sys.maxunicode, sys.platform)
print(sys.copyright.splitlines()[0], sys.abiflags == '', sys.hexversion >= 0x30b0000)
vals = [0, 1, 2**30, 2**60, -1, True, False, 0.0, 1j, '', 'a', 'ab', 'é', '\u20ac', '\U0001f600', 'ab' * 10, b'',
        b'ab', (), (1,), (1, 2, 3), [], [1], list(range(10)), {}, {1: 2}, {i: i for i in range(10)}, {'a': 1},
        set(), {1}, frozenset(), None, object(), range(3), slice(1), bytearray(), bytearray(b'ab')]
for v in vals:
    print(repr(v)[:20], sys.getsizeof(v))
class S:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(S()), sys.getsizeof(1, 99))
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError', e)
print(sys.intern('abc'), sys.is_finalizing(), sys.getrefcount(object()) >= 1)
print(sys.gettrace(), sys.getprofile())
tracer = lambda *a: None
sys.settrace(tracer); print(sys.gettrace() is tracer); sys.settrace(None)
sys.setprofile(tracer); print(sys.getprofile() is tracer); sys.setprofile(None)
seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)))
sys.audit('my.event', 1, 'two')
sys.audit('other')
print(seen)
print(sys.call_tracing(max, (3, 4)))
def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_code.co_name
def outer():
    return inner()
print(outer(), sys._getframe().f_back, sys._getframe(0).f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__, sys.stdout is sys.__stdout__)
for code in [None, 3, 'message']:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('SystemExit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code, e.args)
