# inspect.signature() of the functions of the C modules Taipan writes in Java (builtin_function_or_method):
# their __text_signature__ comes from CPython 3.11's table (see tools/gen-text-signatures.py)
import importlib
import inspect

FUNCTIONS = {
    'math': '''acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist erf
        erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot isclose isfinite
        isinf isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nextafter perm pow prod radians
        remainder sin sinh sqrt tan tanh trunc ulp''',
    'cmath': '''acos acosh asin asinh atan atanh cos cosh exp isclose isfinite isinf isnan log log10 phase
        polar rect sin sinh sqrt tan tanh''',
    'time': '''asctime clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns ctime
        get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns
        process_time process_time_ns pthread_getcpuclockid sleep strftime strptime thread_time
        thread_time_ns time time_ns tzset''',
    'sys': '''_clear_type_cache _current_exceptions _current_frames addaudithook audit call_tracing
        getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors
        getfilesystemencoding getprofile getrefcount getsizeof gettrace intern is_finalizing
        setdlopenflags setprofile settrace''',
    'gc': '''collect disable enable freeze get_count get_debug get_freeze_count get_stats get_threshold
        is_tracked isenabled set_debug set_threshold unfreeze''',
    'itertools': '''tee''',
    '_operator': '''_compare_digest abs add and_ call concat contains countOf delitem eq floordiv ge getitem gt
        iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow
        irshift is_ is_not isub itruediv ixor le length_hint lshift lt matmul mod mul ne neg not_
        or_ pos pow rshift setitem sub truediv truth xor''',
    '_functools': '''cmp_to_key reduce''',
    '_collections': '''_count_elements''',
    '_io': '''open_code text_encoding''',
    'posix': '''WCOREDUMP WEXITSTATUS WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WSTOPSIG WTERMSIG _exit
        abort access chdir chmod close closerange cpu_count device_encoding dup dup2 fdatasync
        fspath fstat fstatvfs fsync ftruncate get_blocking get_inheritable get_terminal_size getcwd
        getcwdb getegid geteuid getgid getgroups getlogin getpgid getpgrp getpid getppid getsid
        getuid isatty kill link listdir lseek lstat mkdir open pipe pipe2 putenv read readlink
        remove rename replace rmdir scandir set_blocking set_inheritable stat statvfs strerror
        symlink system times truncate umask uname unlink unsetenv urandom utime wait waitpid
        waitstatus_to_exitcode write''',
    '_thread': '''_count _excepthook _set_sentinel allocate allocate_lock exit exit_thread get_ident
        get_native_id interrupt_main stack_size start_new start_new_thread''',
    '_weakref': '''_remove_dead_weakref getweakrefcount getweakrefs proxy''',
    '_codecs': '''ascii_decode ascii_encode charmap_build charmap_decode charmap_encode decode encode
        escape_decode escape_encode latin_1_decode latin_1_encode lookup lookup_error
        raw_unicode_escape_decode raw_unicode_escape_encode readbuffer_encode register
        register_error unicode_escape_decode unicode_escape_encode unregister utf_16_be_decode
        utf_16_be_encode utf_16_decode utf_16_encode utf_16_ex_decode utf_16_le_decode
        utf_16_le_encode utf_32_be_decode utf_32_be_encode utf_32_decode utf_32_encode
        utf_32_ex_decode utf_32_le_decode utf_32_le_encode utf_7_decode utf_7_encode utf_8_decode
        utf_8_encode''',
    '_struct': '''_clearcache calcsize iter_unpack pack pack_into unpack unpack_from''',
    'binascii': '''a2b_base64 a2b_hex a2b_qp a2b_uu b2a_base64 b2a_hex b2a_qp b2a_uu crc32 crc_hqx hexlify
        unhexlify''',
    'zlib': '''adler32 compress compressobj crc32 decompress decompressobj''',
    'select': '''poll select''',
    '_bisect': '''bisect_left bisect_right insort_left insort_right''',
    '_heapq': '''_heapify_max _heappop_max _heapreplace_max heapify heappop heappush heappushpop heapreplace''',
    'array': '''_array_reconstructor''',
    '_json': '''encode_basestring encode_basestring_ascii scanstring''',
    'atexit': '''_clear _ncallbacks _run_exitfuncs register unregister''',
    'marshal': '''dump dumps load loads''',
    '_abc': '''_abc_init _abc_instancecheck _abc_register _abc_subclasscheck _get_dump _reset_caches
        _reset_registry get_cache_token''',
    '_signal': '''alarm default_int_handler getitimer getsignal pause raise_signal set_wakeup_fd setitimer
        siginterrupt signal strsignal valid_signals''',
    '_stat': '''S_IFMT S_IMODE S_ISBLK S_ISCHR S_ISDIR S_ISDOOR S_ISFIFO S_ISLNK S_ISPORT S_ISREG S_ISSOCK
        S_ISWHT filemode''',
    'unicodedata': '''bidirectional category combining decimal decomposition digit east_asian_width is_normalized
        lookup mirrored name normalize numeric''',
    '_socket': '''dup getaddrinfo getdefaulttimeout gethostbyaddr gethostbyname gethostbyname_ex gethostname
        getprotobyname getservbyname htonl htons inet_aton inet_ntoa inet_ntop inet_pton ntohl ntohs
        setdefaulttimeout socketpair''',
    '_warnings': '''_filters_mutated warn warn_explicit''',
    '_imp': '''_fix_co_filename _frozen_module_names _override_frozen_modules_for_tests acquire_lock
        create_builtin create_dynamic exec_builtin exec_dynamic extension_suffixes find_frozen
        get_frozen_object init_frozen is_builtin is_frozen is_frozen_package lock_held release_lock''',
    'faulthandler': '''cancel_dump_traceback_later disable dump_traceback dump_traceback_later enable is_enabled''',
    '_locale': '''bind_textdomain_codeset bindtextdomain dcgettext dgettext getencoding gettext localeconv
        nl_langinfo setlocale strcoll strxfrm textdomain''',
    '_sre': '''ascii_iscased ascii_tolower compile getcodesize unicode_iscased unicode_tolower''',
    '_csv': '''field_size_limit get_dialect list_dialects reader register_dialect unregister_dialect writer''',
    '_string': '''formatter_field_name_split formatter_parser''',
    '_contextvars': '''copy_context''',
    '_posixsubprocess': '''fork_exec''',
    '_md5': '''md5''',
    '_sha1': '''sha1''',
    '_sha256': '''sha224 sha256''',
    '_sha512': '''sha384 sha512''',
}

for m, names in FUNCTIONS.items():
    mod = importlib.import_module(m)
    for name in names.split():
        x = getattr(mod, name)
        try:
            s = str(inspect.signature(x))
        except ValueError:
            s = 'ValueError'
        print(m + '.' + name, type(x).__name__, s)
