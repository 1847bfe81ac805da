# pwd and grp: records, lookups by id and name, the whole databases, errors
import pwd, grp
print(pwd.struct_passwd, pwd.struct_passwd.__module__, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_fields, grp.struct_group.n_fields)
print(pwd.getpwuid(0))
print(grp.getgrgid(0))
print(pwd.getpwnam('root') == pwd.getpwuid(0), grp.getgrnam('root') == grp.getgrgid(0))
print(sorted(x for x in dir(pwd) if not x.startswith('__')), sorted(x for x in dir(grp) if not x.startswith('__')))
for f,a in [(pwd.getpwuid,(999999,)),(pwd.getpwnam,('nope',)),(pwd.getpwnam,(1,)),(pwd.getpwuid,('x',)),(pwd.getpwnam,('a\0b',)),(grp.getgrgid,(99999,)),(grp.getgrnam,('nope',)),(grp.getgrnam,(1,)),(grp.getgrgid,('x',)),(pwd.getpwuid,(-1,)),(pwd.getpwuid,(2**40,)), (grp.getgrgid,(1.5,)), (grp.getgrgid, (2**40,))]:
    try: f(*a)
    except Exception as e: print(f.__name__, type(e).__name__, repr(e))
all_ = pwd.getpwall()
print(len(all_) > 0, all_[0].pw_name, type(all_[0]).__name__)
g = grp.getgrall()
print(len(g) > 0, g[0].gr_name, type(g[0].gr_mem).__name__)
print(sorted(e.pw_name for e in all_) == sorted(pwd.getpwnam(e.pw_name).pw_name for e in all_))
