# setlocale(LC_ALL) gives a composite name when the categories differ, and setlocale(LC_ALL, name)
# takes it back, as glibc does (test_time's TestLocale restores the locale this way): every
# category but LC_ALL must be named, with a locale glibc has; reading stops at a clause without '='.
import locale
o = locale.setlocale(locale.LC_ALL)
print(o)
print(locale.setlocale(locale.LC_ALL, o))
locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8')
x = locale.setlocale(locale.LC_ALL)
print(x)
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL, x), locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_CTYPE))
for bad in ['LC_CTYPE=C;LC_NUMERIC=C', x.replace('LC_TIME=C', 'LC_TIME=fr_FR'), x.replace('LC_TIME', 'LC_TIMEX'), x + ';LC_ALL=C', x + ';', 'LC_CTYPE=C;' + x]:
    try: print(locale.setlocale(locale.LC_ALL, bad))
    except locale.Error as e: print('Error', e)
print(locale.setlocale(locale.LC_ALL))
try: locale.setlocale(locale.LC_CTYPE, x)
except locale.Error as e: print('Error', e)
