# os.sysconf / os.confstr and their name tables: values agree with other ways of asking
import os, platform, resource

print(sorted(os.sysconf_names.items()) == sorted(os.sysconf_names.items()), len(os.sysconf_names))
print(os.sysconf_names['SC_PAGESIZE'], os.sysconf_names['SC_NPROCESSORS_ONLN'], os.sysconf_names['SC_MINSIGSTKSZ'])
print(len(os.confstr_names), os.confstr_names['CS_GNU_LIBC_VERSION'], os.confstr_names['CS_LFS_CFLAGS'])
print(os.sysconf('SC_PAGESIZE') == os.sysconf(30) == os.sysconf('SC_PAGE_SIZE') == resource.getpagesize())
print(os.sysconf('SC_NPROCESSORS_ONLN') >= 1, type(os.sysconf('SC_CLK_TCK')).__name__)
print(os.sysconf('SC_OPEN_MAX') == resource.getrlimit(resource.RLIMIT_NOFILE)[0])
print(os.sysconf('SC_ARG_MAX') > 0, os.sysconf('SC_LONG_BIT'), os.sysconf('SC_CHAR_BIT'))
print(os.confstr('CS_PATH'), os.confstr(0) == os.confstr('CS_PATH'))
lib, version = platform.libc_ver()
print(lib, os.confstr('CS_GNU_LIBC_VERSION') == 'glibc ' + version)
print(type(os.confstr('CS_GNU_LIBPTHREAD_VERSION')).__name__)
print(os.confstr('CS_LFS_CFLAGS') is None or type(os.confstr('CS_LFS_CFLAGS')) is str)

def err(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

err(os.sysconf, 'SC_NOPE')
err(os.sysconf, 1.5)
err(os.sysconf, b'SC_PAGESIZE')
err(os.sysconf, 2 ** 40)
err(os.sysconf, -1)
err(os.sysconf, 12345)
err(os.sysconf)
err(os.sysconf, 1, 2)
err(os.sysconf, name=1)
err(os.confstr, 'CS_NOPE')
err(os.confstr, None)
err(os.confstr, 12345)
err(os.confstr)
