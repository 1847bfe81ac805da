# _locale: the C and C.UTF-8 locales
import _locale as L
print(L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL), L.setlocale(L.LC_CTYPE))
print(L.setlocale(L.LC_ALL, 'POSIX'), L.setlocale(L.LC_CTYPE, 'C.UTF-8'))
print(L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_ALL, 'C.UTF-8'), L.setlocale(L.LC_TIME))
for bad in ['xx_YY.UTF-8', 'klingon']:
    try:
        L.setlocale(L.LC_ALL, bad)
    except L.Error as e:
        print(type(e).__name__, e, type(e).__module__, issubclass(L.Error, Exception))
try:
    L.setlocale(99)
except L.Error as e:
    print('Error', e)
try:
    L.setlocale(L.LC_ALL, 5)
except TypeError as e:
    print('TypeError', e)
print(L.localeconv())
for name in ['CODESET', 'RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR',
             'DAY_1', 'ABDAY_7', 'MON_12', 'ABMON_1', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS']:
    print(name, getattr(L, name), repr(L.nl_langinfo(getattr(L, name))))
try:
    L.nl_langinfo(12345678)
except ValueError as e:
    print('ValueError', e)
print(L.getencoding(), L.CHAR_MAX, L.LC_ALL, L.LC_CTYPE, L.LC_COLLATE, L.LC_TIME, L.LC_MONETARY, L.LC_MESSAGES)
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('x', 'x'), L.strxfrm('abc'))
print(L.gettext('hi'), L.dgettext(None, 'hi'), L.textdomain(None))
L.setlocale(L.LC_ALL, 'C')
print(repr(L.nl_langinfo(L.CODESET)))
# strcoll/strxfrm take no NUL (the C library's strings end there)
for call in ["L.strcoll('a\\0', 'a')", "L.strcoll('a', 'a\\0')", "L.strxfrm('a\\0')", "L.strcoll('b', 'a')"]:
    try:
        print(call, eval(call))
    except ValueError as e:
        print(call, "ValueError", e)
