# time.strftime/strptime/gmtime and locale through the standard library
import time, locale, calendar
t = time.gmtime(1234567890)
print(time.strftime('%Y-%m-%d %H:%M:%S', t), calendar.timegm(t), time.asctime(t))
print(time.strptime('2020-02-29 13:45:01', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mon Jan  5 10:00:00 1998')[:6], time.strptime('31/12/99', '%d/%m/%y')[:3])
try:
    time.strptime('2020-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
print(locale.getpreferredencoding(False), locale.getencoding(), locale.setlocale(locale.LC_ALL, 'C'))
print(locale.localeconv()['decimal_point'], locale.format_string('%d', 1234567, grouping=True), locale.str(1.5))
print(locale.atof('3.25'), locale.atoi('42'), locale.currency is not None)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
