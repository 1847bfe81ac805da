classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           FloatingPointError, LookupError, IndexError, KeyError, ValueError,
           UnicodeError, UnicodeDecodeError, UnicodeEncodeError, TypeError, AttributeError,
           NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
           StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
           OSError, FileNotFoundError, PermissionError, TimeoutError, AssertionError,
           ImportError, ModuleNotFoundError, SyntaxError, IndentationError, TabError,
           EOFError, MemoryError, BufferError, ReferenceError, SystemError,
           Warning, UserWarning, DeprecationWarning, ExceptionGroup, BaseExceptionGroup]
for cls in classes:
    print(cls.__name__, "->", cls.__bases__[0].__name__ if len(cls.__bases__) == 1
          else [b.__name__ for b in cls.__bases__])
print(issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
print(isinstance(ZeroDivisionError(), ArithmeticError))

class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
try:
    raise DbError("users", "locked")
except AppError as e:
    print(type(e).__name__, e, e.table, e.args)
