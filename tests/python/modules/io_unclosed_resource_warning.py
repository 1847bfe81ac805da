# Files of the io types themselves collected unclosed give CPython's ResourceWarning, naming the
# outermost object by its repr; closed ones, and descriptors not theirs to close, give none.
import gc, io, os, tempfile, warnings

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with open(path, 'w') as f:
    f.write('hello\n')

def dropped(make):
    gc.collect()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        f = make()
        del f
        gc.collect()
    return [(x.category.__name__, str(x.message).replace(d, '{d}')) for x in w]

print(dropped(lambda: open(path)))
print(dropped(lambda: open(path, 'rb')))
print(dropped(lambda: open(path, 'rb', buffering=0)))
print(dropped(lambda: open(path, 'a', encoding='latin-1')))
print(dropped(lambda: io.FileIO(path)))
print(dropped(lambda: io.BufferedReader(io.FileIO(path))))
print(dropped(lambda: io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding='ascii')))
print(dropped(lambda: open(path).close()))

fd = os.open(path, os.O_RDONLY)
print(dropped(lambda: open(fd, closefd=False)))
os.close(fd)

def named_by_fd():
    fd = os.open(path, os.O_RDONLY)
    return open(fd, closefd=True), fd

def check_fd():
    gc.collect()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        f, fd = named_by_fd()
        expected = "unclosed file <_io.TextIOWrapper name=%d mode='r' encoding='UTF-8'>" % fd
        del f
        gc.collect()
    return [str(x.message) == expected for x in w]

print(check_fd())

# the default filters ignore ResourceWarning: nothing is printed
f = open(path)
del f
gc.collect()
os.remove(path)
os.rmdir(d)
print('done')
