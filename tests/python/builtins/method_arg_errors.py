# Argument-count errors of builtin methods (METH_NOARGS/METH_O name the owner type: "dict.keys() takes
# no arguments (1 given)"), which must never be accepted silently.
import io, collections, itertools, os
for c in ['io.StringIO().getvalue(1)','io.BytesIO().tell(1)','open("/dev/null").readable(1)','collections.deque().__reduce__(1)','itertools.count().__reduce__(1)','range(3).__reduce__(1)','(1).__trunc__(1)','type.mro(int, 1)','object().__dir__(1)','memoryview(b"").toreadonly(1)','os.scandir(".").close(1)','io.BytesIO().close(1)', 'open("/dev/null","rb").readable(1)', 'open("/dev/null","rb", buffering=0).fileno(1)','(1.0).conjugate(1)','b"".__getnewargs__(1)', 'iter(range(3)).__length_hint__(1)', 'io.IncrementalNewlineDecoder(None, True).getstate(1)', 'NotImplemented.__reduce__(1)', 'set().pop(1)', 'frozenset().copy(1)', '{}.keys(x=1)']:
    try:
        eval(c); print(c,'OK')
    except TypeError as e:
        print(c,'|',e)
calls = ["{}.keys(1)", "{}.values(1)", "{}.items(1)", "{}.clear(1)", "{}.copy(1)", "{}.popitem(1)", "{}.get()", "{}.get(1,2,3)", "{}.pop()", "{}.setdefault()", "{}.update(1,2)", "{}.fromkeys()", "[].copy(1)", "[].clear(1)", "[].reverse(1)", "[].pop(1,2)", "[].index()", "[].count()", "set().copy(1)", "set().clear(1)", "set().pop(1)", "''.upper(1)", "''.lower(1)", "''.split(1,2,3)", "''.strip(1,2)", "''.join()", "(1).bit_length(1)", "(1.0).is_integer(1)", "b''.hex(1,2,3)", "().count()", "''.isdigit(1)", "{}.__len__(1)", "frozenset().copy(1)", "''.casefold(1)", "[].sort(1)", "{}.keys(x=1)"]
for c in calls:
    try:
        eval(c); print(c, "OK")
    except Exception as e:
        print(c, type(e).__name__, e)
for c in ['[].remove()','[].extend()','[].count()','().count()','{}.popitem(1)','"".join()','"".zfill()','[].append()','[].index()','{}.__reversed__(1)','set().add()','set().remove()','set().discard()','{}.keys().isdisjoint()','slice(1).indices()','property().getter()','(1).__format__()','b"".join()','bytearray().append()','[].__add__()', 'set().isdisjoint()', 'set().issubset()','frozenset().issubset()', 'set().__reduce__(1)']:
    try:
        eval(c); print(c,'OK')
    except TypeError as e:
        print(c,'|',e)
