# os.stat_result made from a sequence: the float times it lacks are the integer ones (statresult_new),
# a dict fills attribute-only fields, pickling and copying keep every field.
import os, pickle, copy
r = os.stat_result(tuple(range(10)))
print(r, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r2 = os.stat_result(tuple(range(10)) + (1.5,))
print(r2.st_atime, r2.st_mtime)
r3 = os.stat_result(tuple(range(10)), {"st_mtime": 9.5})
print(r3.st_atime, r3.st_mtime, r3.st_ctime)
s = os.stat("/tmp")
print(pickle.loads(pickle.dumps(s)) == s, pickle.loads(pickle.dumps(s)).st_mtime == s.st_mtime, copy.copy(s).st_atime == s.st_atime)
try: os.stat_result(tuple(range(9)))
except TypeError as e: print(e)
