# time.strftime (glibc's conversions and flags), gmtime, asctime and struct_time
import time

t = time.gmtime(0)
print(t)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %c|%x|%X|%p|%j|%U|%W|%u|%w|%y|%C|%e|%D|%F|%T|%R|%r|%G|%g|%V|%h', t))
print(repr(time.strftime('%n|%t|%%|%k|%l|%z|%Z|%P|%-d|%_d|%Q|%E|%Oy|%Ey|%5Y|%^a|%#Z|%-%|%5%|%3n', t)))
for y in (-1005, -5, 0, 5, 50, 105, 999, 1970, 12345):
    tt = (y, 1, 1, 0, 0, 0, 0, 1, 0)
    print(y, repr(time.strftime('%Y|%C|%y|%G|%g|%5Y|%_5Y|%-C|%05C|%_C|%-y|%3y|%04Y|%_Y|%0Y', tt)))
tt = (2020, 3, 5, 7, 8, 9, 3, 65, 0)
print(repr(time.strftime('%-d|%_d|%0e|%-e|%10d|%-H|%_H|%-j|%_j|%-I|%^b|%^B|%#b|%#p|%^p|%#a|%#A|%5a|%-5a|%05a|%_10B', tt)))
print(repr(time.strftime('%Ea|%Od|%Ey|%EY|%EC|%Ex|%EX|%Ec|%Oe|%OH|%q|%+|%c|%x|%X|%r|%5c|%^c|%10T|%h|%P|%^P', tt)))
for d in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2021, 1, 3, 13, 0, 0, 6, 3, 0), (2020, 12, 31, 12, 0, 0, 3, 366, 0),
          (2019, 12, 30, 0, 0, 0, 0, 364, 0), (2016, 1, 1, 23, 59, 60, 4, 1, 0)]:
    print(time.strftime('%G %g %V %U %W %u %w %I %l %k %p %a %j', d), time.asctime(d))
print(repr(time.strftime('%Z|%z', (2020, 1, 1, 0, 0, 0, 0, 1, -1))), repr(time.strftime('', tt)), repr(time.strftime('%', tt)))
print(time.strftime('%a %b', (2020, 1, 1, 0, 0, 0, 7, 1, 0)), time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))

def err(f, *args):
    try:
        print('ok', f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1), (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0),
            (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), ('a', 1, 1, 0, 0, 0, 0, 1, 0), [2020, 1, 1, 0, 0, 0, 0, 1, 0]]:
    err(time.strftime, '%Y', bad)
    err(time.asctime, bad)
err(time.strftime, '%Y\0', tt)
err(time.strftime, 5)
err(time.gmtime, float('nan'))
err(time.gmtime, 1e20)
err(time.gmtime, 'x')

print(time.gmtime(-1.5), time.gmtime(1.99))
print(time.gmtime(86400 * 365.25 * 30))
print(time.asctime(time.gmtime(10**9)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_yday, g.tm_wday, g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[:3], len(g))
print(g.__reduce__())
s = time.struct_time((2000, 2, 3, 4, 5, 6, 0, 34, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2000, 2, 3, 4, 5, 6, 0, 34, 0))
s = time.struct_time((2000, 2, 3, 4, 5, 6, 0, 34, 0, 'XYZ', 3600))
print(s.tm_zone, s.tm_gmtoff, len(s), repr(time.strftime('%Z %z', s)))
print(time.struct_time((1,) * 9, {'tm_zone': 'Q'}).tm_zone)
err(time.struct_time, (1, 2))
err(time.struct_time, (1,) * 12)
err(time.struct_time, 5)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__, type(t).__name__, type(t).__module__)
