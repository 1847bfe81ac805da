# A module's builtin type names its module in __module__ either from its dict (CPython's
# PyType_FromSpec heap types: functools.partial, re.Pattern, struct sequences made by
# PyStructSequence_NewType) or from its tp_name alone (static types: collections.deque,
# itertools.count, datetime.date, _io.TextIOWrapper, sys.flags): '__module__' in T.__dict__
# tells them apart, T.__module__ and repr(T) read the same either way.
import _io
import _json
import _socket
import _thread
import array
import collections
import datetime
import functools
import io
import itertools
import operator
import os
import pickle
import re
import struct
import sys
import time

types = [
    collections.OrderedDict, collections.deque, collections.defaultdict, type(iter(collections.deque())),
    itertools.count, itertools.chain, itertools.groupby, itertools.product, itertools.pairwise,
    type(itertools.tee([])[0]), datetime.date, datetime.datetime, datetime.time, datetime.timedelta,
    datetime.timezone, datetime.tzinfo, type(datetime.date(2000, 1, 1).isocalendar()), _socket.socket,
    _io.TextIOWrapper, _io.BytesIO, _io.StringIO, _io.FileIO, _io.BufferedReader, _io.BufferedWriter,
    _io.BufferedRandom, _io.BufferedRWPair, _io.IncrementalNewlineDecoder, _io._IOBase, _io._RawIOBase,
    _io._BufferedIOBase, _io._TextIOBase,
    functools.partial, functools._lru_cache_wrapper, type(functools.cmp_to_key(lambda a, b: 0)),
    operator.attrgetter, operator.itemgetter, operator.methodcaller, _thread.LockType, _thread.RLock,
    _thread._local, re.Pattern, re.Match, type(re.compile('a').scanner('a')), _json.make_encoder,
    _json.make_scanner, array.array, struct.Struct,
    type(sys.flags), type(sys.version_info), type(sys.int_info), type(sys.float_info), type(sys.hash_info),
    type(sys.thread_info), type(sys.get_asyncgen_hooks()), time.struct_time, os.stat_result, os.terminal_size,
]
for t in types:
    print(f"{t.__qualname__:28} {'__module__' in t.__dict__!s:5} {t.__module__:10} {t!r}")

print(collections.OrderedDict.__module__, collections.OrderedDict.__dict__.get('__module__'))
print(repr(sys.get_asyncgen_hooks()))
# pickling a type by reference reads its __module__
for t in (collections.OrderedDict, itertools.count, datetime.date, io.StringIO, functools.partial, re.Pattern):
    print(pickle.loads(pickle.dumps(t)) is t, pickle.dumps(t, 0).split(b'\n')[0])
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))), pickle.loads(pickle.dumps(datetime.date(2001, 2, 3))))


class D(collections.deque):
    pass


print(D.__module__, '__module__' in D.__dict__)

# the _io types' tp_name is "_io.NAME", as messages show it
for f in (lambda: sys.stdout[0], lambda: io.BytesIO() + 1, lambda: io.StringIO.read(5),
          lambda: setattr(io.FileIO, 'x', 1), lambda: pickle.dumps(io.StringIO()),
          lambda: io.BytesIO().__setstate__(5), lambda: io.StringIO().__setstate__(5),
          lambda: io.IncrementalNewlineDecoder(None, False)[0]):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(io.BufferedReader(io.BytesIO())), io.TextIOWrapper.__name__, io.TextIOWrapper.__qualname__)
