# The builtin exception classes keep their fields (OSError.errno, StopIteration.value, ...) out of
# the instance dict, as CPython's struct members: __dict__ stays {}, __reduce__ gives (type, args)
# until the dict exists and (type, args, dict) after, and pickles are CPython's bytes.
import pickle, copy
cases = [OSError(2,'x'), OSError(2,'x','f'), OSError(2,'x','f',None,'g'), OSError('a'), StopIteration(5), SystemExit(3),
  ImportError('m', name='n', path='p'), ImportError('m'), SyntaxError('m', ('f',1,2,'t')), SyntaxError('m'),
  UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), UnicodeEncodeError('ascii','\xff',0,1,'r'), UnicodeTranslateError('x',0,1,'r'),
  KeyError(1), NameError('n', name='q'), AttributeError('a', name='b', obj=3), ExceptionGroup('g', [ValueError(1)]), BlockingIOError(11, 'x', 5)]
for e in cases:
    r = e.__reduce__()
    print(type(e).__name__, 'before __dict__:', r[0].__name__, r[1:])
    print(type(e).__name__, e.__dict__, repr(e), str(e))
    r = e.__reduce__()
    print(' reduce', r[0].__name__, r[1:])
    # Protocols 4 and 5 memoize ExceptionGroup's module name apart from ValueError's: CPython's
    # ExceptionGroup keeps its own '__module__' string in its dict.
    for p in range(6):
        try:
            print(' ', p, pickle.dumps(e, p))
        except Exception as x:
            print(' ', p, 'ERR', type(x).__name__, x)
    c = copy.copy(e)
    print(' copy', type(c).__name__, c.args, c.__dict__, str(c))
    d = pickle.loads(pickle.dumps(e))
    print(' loads', type(d).__name__, d.args, d.__dict__, str(d))

def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
g = ExceptionGroup('m', [ValueError()])
t(lambda: setattr(g, 'message', 'x'))
t(lambda: delattr(g, 'exceptions'))
g.args = ('z',); t(lambda: (str(g), g.message, g.__dict__))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
t(lambda: setattr(u, 'start', 'x'))
t(lambda: setattr(u, 'start', 2**70))
t(lambda: delattr(u, 'start'))
t(lambda: setattr(u, 'start', True) or u.start)
t(lambda: delattr(u, 'reason') or str(u))
t(lambda: UnicodeEncodeError.__new__(UnicodeEncodeError).start)
t(lambda: str(UnicodeEncodeError.__new__(UnicodeEncodeError)))
e = OSError(2, 'x')
t(lambda: delattr(e, 'errno') or (e.errno, str(e)))
e.filename = None; t(lambda: str(e))
t(lambda: e.characters_written)
b = BlockingIOError(11, 'x', 5); t(lambda: (b.characters_written, b.filename, b.args, b.__reduce__()))
t(lambda: setattr(b, 'characters_written', 'x'))
t(lambda: setattr(b, 'characters_written', 3.5))
t(lambda: setattr(b, 'characters_written', 2**70))
del b.characters_written; t(lambda: b.characters_written)
t(lambda: delattr(b, 'characters_written'))
t(lambda: BlockingIOError(11, 'x', 2.5))
t(lambda: str(SyntaxError()))
t(lambda: OSError.errno.__get__(ValueError()))
t(lambda: (OSError.errno, type(OSError.errno), OSError.characters_written, StopIteration.value, ExceptionGroup.message, BaseExceptionGroup.exceptions))
t(lambda: StopIteration.__new__(StopIteration, 5).value)
t(lambda: SystemExit.__new__(SystemExit, 5).code)
t(lambda: ImportError.__new__(ImportError, 5).msg)
t(lambda: OSError.__new__(OSError, 2, 'x').errno)
t(lambda: type(OSError.__new__(OSError, 2, 'x')))
i = ImportError('m', name=None); t(lambda: i.__reduce__())
i = ImportError('m', path='p'); i.x = 1; t(lambda: (i.__reduce__(), i.__dict__))
e = OSError(2,'x'); e.__init__(3, 'y'); t(lambda: (e.errno, e.args))
s = StopIteration(1); s.__init__(); t(lambda: s.value)
t(lambda: [n for n in ('args','errno','value','code','msg','name','obj','path') if n in dir(OSError(1,'x'))])
t(lambda: sorted(set(dir(SyntaxError())) - set(dir(Exception()))))
t(lambda: sorted(set(dir(OSError())) - set(dir(Exception()))))
t(lambda: sorted(set(dir(UnicodeDecodeError('a',b'',0,0,'r'))) - set(dir(Exception()))))
t(lambda: sorted(set(dir(ExceptionGroup('a',[ValueError()]))) - set(dir(Exception()))))
t(lambda: sorted(set(dir(AttributeError())) - set(dir(Exception()))))
t(lambda: sorted(set(dir(ImportError())) - set(dir(Exception()))))
class E(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
x = E(2, 'y', 3); t(lambda: (type(x), x.args, x.errno, x.__dict__, x.__reduce__()))
class F(OSError): pass
x = F(2, 'y', 'f'); t(lambda: (type(x), x.args, x.errno, x.filename, str(x), x.__reduce__()))
class Mx: pass
class G(Mx, OSError): pass
t(lambda: G(2, 'x', 'f').filename)
class S(StopIteration):
    def __init__(self): pass
t(lambda: (S().value, S().args))
t(lambda: OSError(2, 'x', x=1))
t(lambda: (OSError(2, 'x', 'a', 'b', 'c', 'd').errno, OSError(True, 'x')))
t(lambda: SyntaxError('m', ('f', 1, 2, 't', 3)))
t(lambda: SyntaxError('m', ('f', True, 2, 't')).__str__())
se = SyntaxError('m', ('/a/b.py', 1, 2, 't', 1, 4)); t(lambda: (str(se), se.end_offset, se.__dict__, vars(se)))
se.__init__(); t(lambda: (se.msg, se.args, se.lineno))
t(lambda: (NameError('x').name, AttributeError('x', name='n').obj))
try:
    undefined_thing
except NameError as ne:
    t(lambda: (ne.name, ne.__dict__))
try:
    (1).foo
except AttributeError as ae:
    t(lambda: (ae.name, ae.obj, ae.__dict__))
try:
    import nosuchmod_xyz
except ImportError as ie:
    t(lambda: (ie.name, ie.path, ie.msg, ie.__dict__, ie.__reduce__()))
try:
    exec("x = (")
except SyntaxError as sx:
    t(lambda: (sx.msg, sx.lineno, sx.offset, sx.text, sx.end_lineno, sx.end_offset, sx.__dict__))
try:
    open('/nonexistent/zz')
except OSError as oe:
    t(lambda: (type(oe), oe.errno, oe.filename, oe.__dict__, oe.__reduce__()))
def gen():
    return 7
    yield
try:
    next(gen())
except StopIteration as si:
    t(lambda: (si.value, si.__dict__))
e = KeyError('k'); e.note = 1; e.add_note('n'); t(lambda: (vars(e), e.__reduce__()))
import copy, pickle
for ex in [OSError(2,'x','f',None,'g'), ImportError('m', name='n'), StopIteration(3), SystemExit(2), KeyError(1), SyntaxError('m', ('f',1,2,'t'))]:
    c = copy.copy(ex); d = pickle.loads(pickle.dumps(ex))
    t(lambda: (type(c), c.args, str(c), type(d), d.args, str(d), getattr(d, 'name', None)))
e = ValueError(1); t(lambda: e.__reduce__()); e.__dict__; t(lambda: e.__reduce__())
e = ValueError(1); e.__setstate__({'a': 1}); t(lambda: (e.__reduce__(), e.a))
e = ValueError(1); e.__setstate__(None); t(lambda: e.__reduce__())
t(lambda: e.__setstate__(3))
e = OSError(2, 'x'); e.__setstate__({'errno': 5, 'q': 1}); t(lambda: (e.errno, e.__dict__))
# UnicodeError adds no fields; its three subclasses each have their own (alike but distinct).
t(lambda: (hasattr(UnicodeError(), 'encoding'), [k for k in vars(UnicodeError) if not k.startswith('__')]))
t(lambda: sorted(k for k in vars(UnicodeDecodeError) if not k.startswith('__')))
t(lambda: (UnicodeDecodeError.start, UnicodeEncodeError.start, UnicodeTranslateError.reason))
t(lambda: UnicodeDecodeError.start.__get__(UnicodeEncodeError('a', 'b', 0, 1, 'r')))
t(lambda: UnicodeError('a', 'b').args)
# Classes mixing two builtin layouts are refused as in CPython; mixing with a plain one is not.
for bases in ['ImportError, AttributeError', 'OSError, StopIteration', 'ValueError, OSError', 'KeyError, SyntaxError',
              'NameError, AttributeError', 'UnicodeDecodeError, UnicodeEncodeError', 'FileNotFoundError, PermissionError',
              'IndentationError, SyntaxError', 'ModuleNotFoundError, ImportError', 'ExceptionGroup, ValueError',
              'BaseExceptionGroup, OSError', 'UnicodeError, KeyError']:
    try:
        ns = {}
        exec(f'class E({bases}): pass', ns)
        print(bases, 'ok', ns['E'].__base__.__name__)
    except TypeError as e:
        print(bases, 'TypeError', e)
class KS(KeyError, SyntaxError): pass
ks = KS('m', ('f', 3, 1, 'x'))
t(lambda: (ks.lineno, str(ks), ks.__dict__))
# Every builtin exception class has its own __init__, as in CPython.
print([c.__name__ for c in (BaseException, Exception, LookupError, KeyError, ValueError, SyntaxError, StopIteration) if '__init__' in vars(c)])
# Nested groups and repeated globals: ExceptionGroup's module name is memoized as its own string.
g = ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [KeyError(2)])])
for p in range(6):
    print(p, pickle.dumps(g, p))
print(pickle.dumps([ExceptionGroup, ExceptionGroup, ValueError, BaseExceptionGroup], 4))
print(pickle.loads(pickle.dumps(g, 5)).exceptions)
