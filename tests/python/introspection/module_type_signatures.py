# inspect.signature() of the types of the C modules Taipan writes in Java, and of their methods
# (the [type module.Name] sections tools/gen-text-signatures.py takes from CPython 3.11), and of
# sys's functions, which report sys as their module.
import importlib
import inspect

TYPES = {
    ('time', 'struct_time'): 'type __new__',
    ('itertools', '_grouper'): '__new__',
    ('itertools', '_tee'): 'type __new__',
    ('itertools', '_tee_dataobject'): '__new__',
    ('itertools', 'accumulate'): 'type __new__',
    ('itertools', 'chain'): '__new__ from_iterable',
    ('itertools', 'combinations'): 'type __new__',
    ('itertools', 'combinations_with_replacement'): 'type __new__',
    ('itertools', 'compress'): 'type __new__',
    ('itertools', 'count'): 'type __new__',
    ('itertools', 'cycle'): 'type __new__',
    ('itertools', 'dropwhile'): 'type __new__',
    ('itertools', 'filterfalse'): 'type __new__',
    ('itertools', 'groupby'): 'type __new__',
    ('itertools', 'islice'): '__new__',
    ('itertools', 'pairwise'): 'type __new__',
    ('itertools', 'permutations'): 'type __new__',
    ('itertools', 'product'): '__new__',
    ('itertools', 'repeat'): '__new__',
    ('itertools', 'starmap'): 'type __new__',
    ('itertools', 'takewhile'): 'type __new__',
    ('itertools', 'zip_longest'): '__new__',
    ('_operator', 'attrgetter'): '__new__',
    ('_operator', 'itemgetter'): '__new__',
    ('_operator', 'methodcaller'): '__new__',
    ('_functools', '_lru_cache_wrapper'): '__new__',
    ('_functools', 'partial'): '__new__',
    ('_collections', 'OrderedDict'): 'move_to_end popitem setdefault',
    ('_collections', '_deque_iterator'): '__new__',
    ('_collections', '_deque_reverse_iterator'): '__new__',
    ('_collections', '_tuplegetter'): '__new__',
    ('_collections', 'deque'): '__new__',
    ('_io', 'BufferedRWPair'): 'type __new__',
    ('_io', 'BufferedRandom'): 'type __new__ peek read read1 readinto readinto1 readline seek truncate write',
    ('_io', 'BufferedReader'): 'type __new__ peek read read1 readinto readinto1 readline seek',
    ('_io', 'BufferedWriter'): 'type __new__ seek truncate write',
    ('_io', 'BytesIO'): 'type __new__ close flush getbuffer getvalue read read1 readable readinto readline seek seekable tell truncate writable write',
    ('_io', 'FileIO'): 'type __new__ close fileno isatty read readable readall readinto seek seekable tell truncate writable write',
    ('_io', 'IncrementalNewlineDecoder'): 'type __new__ decode getstate reset setstate',
    ('_io', 'StringIO'): 'type __new__ close getvalue read readable readline seek seekable tell truncate writable write',
    ('_io', 'TextIOWrapper'): 'type __new__ close detach fileno flush isatty read readable readline reconfigure seek seekable tell truncate writable write',
    ('_io', '_BufferedIOBase'): 'detach readinto readinto1',
    ('_io', '_IOBase'): '__new__ close fileno flush isatty readable readline readlines seek seekable tell writable writelines',
    ('_io', '_RawIOBase'): 'read readall',
    ('posix', 'DirEntry'): '__fspath__ inode is_dir is_file is_symlink stat',
    ('posix', 'times_result'): 'type __new__',
    ('posix', 'uname_result'): 'type __new__',
    ('_thread', 'RLock'): '__new__',
    ('_thread', '_ExceptHookArgs'): 'type __new__',
    ('_thread', '_local'): '__new__',
    ('_weakref', 'CallableProxyType'): 'type',
    ('_weakref', 'ProxyType'): 'type',
    ('_weakref', 'ReferenceType'): '__new__',
    ('_weakref', 'ref'): '__new__',
    ('_struct', 'Struct'): '__new__ iter_unpack unpack unpack_from',
    ('array', 'ArrayType'): '__copy__ __deepcopy__ __new__ __reduce_ex__ append buffer_info byteswap count extend frombytes fromfile fromlist fromunicode index insert pop remove reverse tobytes tofile tolist tounicode',
    ('array', 'array'): '__copy__ __deepcopy__ __new__ __reduce_ex__ append buffer_info byteswap count extend frombytes fromfile fromlist fromunicode index insert pop remove reverse tobytes tofile tolist tounicode',
    ('_json', 'make_encoder'): '__new__',
    ('_json', 'make_scanner'): '__new__',
    ('unicodedata', 'UCD'): 'bidirectional category combining decomposition east_asian_width is_normalized lookup mirrored normalize',
    ('_socket', 'SocketType'): '__new__',
    ('_socket', 'socket'): '__new__',
    ('_pickle', 'PickleBuffer'): '__new__ raw release',
    ('_pickle', 'Pickler'): 'type __new__ __sizeof__ clear_memo dump',
    ('_pickle', 'Unpickler'): 'type __new__ __sizeof__ find_class load',
    ('_csv', 'Dialect'): '__new__',
    ('_contextvars', 'Context'): '__new__ copy get items keys values',
    ('_contextvars', 'ContextVar'): '__new__ reset set',
    ('_contextvars', 'Token'): '__new__',
    ('_random', 'Random'): '__new__ getrandbits getstate random seed setstate',
    ('_datetime', 'date'): '__new__',
    ('_datetime', 'datetime'): '__new__',
    ('_datetime', 'time'): '__new__',
    ('_datetime', 'timedelta'): '__new__',
    ('_datetime', 'timezone'): '__new__',
    ('_datetime', 'tzinfo'): '__new__',
    ('_md5', 'MD5Type'): 'copy digest hexdigest update',
    ('_sha1', 'SHA1Type'): 'copy digest hexdigest update',
    ('_sha256', 'SHA224Type'): 'copy digest hexdigest update',
    ('_sha256', 'SHA256Type'): 'copy digest hexdigest update',
    ('_sha3', 'sha3_224'): '__new__ copy digest hexdigest update',
    ('_sha3', 'sha3_256'): '__new__ copy digest hexdigest update',
    ('_sha3', 'sha3_384'): '__new__ copy digest hexdigest update',
    ('_sha3', 'sha3_512'): '__new__ copy digest hexdigest update',
    ('_sha3', 'shake_128'): '__new__ copy digest hexdigest update',
    ('_sha3', 'shake_256'): '__new__ copy digest hexdigest update',
    ('_blake2', 'blake2b'): 'type __new__ copy digest hexdigest update',
    ('_blake2', 'blake2s'): 'type __new__ copy digest hexdigest update',
    ('_lsprof', 'Profiler'): 'getstats',
    ('_lsprof', 'profiler_entry'): 'type __new__',
    ('_lsprof', 'profiler_subentry'): 'type __new__',
}
SYS = '__displayhook__ __excepthook__ __unraisablehook__ _clear_type_cache _current_exceptions _current_frames _getframe addaudithook call_tracing displayhook exc_info excepthook exception exit get_asyncgen_hooks get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getswitchinterval gettrace intern is_finalizing set_int_max_str_digits setdlopenflags setrecursionlimit setswitchinterval unraisablehook'


def sig(x):
    try:
        return str(inspect.signature(x))
    except ValueError as e:
        return 'ValueError'


for (module, name), members in TYPES.items():
    t = getattr(importlib.import_module(module), name)
    for member in members.split():
        x = t if member == 'type' else getattr(t, member)
        print(module, name, member, sig(x), '' if member == 'type' else x.__qualname__)
import sys
for name in SYS.split():
    f = getattr(sys, name)
    print('sys', name, sig(f), f.__module__)
