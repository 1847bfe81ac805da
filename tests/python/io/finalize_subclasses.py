# Objects of io classes written in Python are finalized when collected, as CPython's
# iobase_finalize does: a subclass's own __del__ runs and super().__del__ (IOBase.__del__) closes
# the object through its close() and flush(); a buffered object or text wrapper over a raw stream
# or buffer written in Python flushes into it and closes it; a ResourceWarning names an unclosed
# file when warnings show it.
import gc
import io
import os
import tempfile
import warnings

record = []


def make(base):
    class My(base):
        def __del__(self):
            record.append('del')
            try:
                f = super().__del__
            except AttributeError:
                record.append('no super __del__')
            else:
                f()

        def close(self):
            record.append('close')
            super().close()

        def flush(self):
            record.append('flush')
            super().flush()
    return My


for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.BytesIO, io.StringIO):
    record.clear()
    obj = make(base)()
    del obj
    gc.collect()
    print(base.__name__, record)


class Plain(io.BytesIO):
    def close(self):
        record.append('plain close ' + repr(self.getvalue()))
        super().close()


record.clear()
p = Plain()
p.write(b'abc')
del p
gc.collect()
print(record)


class MockRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


raw = MockRaw()
buffered = io.BufferedWriter(raw, 8)
buffered.write(b'abc')
del buffered
gc.collect()
print('buffered flushed into', raw.chunks, raw.closed)

record.clear()
text = io.TextIOWrapper(Plain(), encoding='ascii')
text.write('xyz')
del text
gc.collect()
print('text flushed into', record)

# an already closed object is not closed again
record.clear()
obj = make(io.BytesIO)()
obj.close()
del obj
gc.collect()
print('closed first', record)

print(hasattr(io.IOBase, '__del__'), hasattr(io.FileIO, '__del__'), type(io.IOBase.__dict__.get('__del__', None)).__name__)

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.bin')


class MyFileIO(io.FileIO):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    f = MyFileIO(path, 'wb')
    f.write(b'data')
    del f
    gc.collect()
print([str(w.message).split(' name=')[0] for w in caught], [w.category.__name__ for w in caught])
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
os.rmdir(d)

# a text wrapper over a buffered writer over a FileIO subclass: closed outermost first, so the
# text reaches the file
d = tempfile.mkdtemp()
path = os.path.join(d, 'chain.txt')
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    t = io.TextIOWrapper(io.BufferedWriter(MyFileIO(path, 'wb')), encoding='utf-8')
    t.write('through the chain')
    del t
    gc.collect()
with open(path, encoding='utf-8') as f:
    print(f.read())
os.remove(path)
os.rmdir(d)

# subclasses all the way down: a BufferedWriter subclass over a FileIO subclass, and a
# TextIOWrapper subclass over both or over a buffer written in Python, closed outermost first


class MyBuffered(io.BufferedWriter):
    pass


class MyText(io.TextIOWrapper):
    pass


class PyBuffer(io.BufferedIOBase):
    def __init__(self):
        self.data = []

    def writable(self):
        return True

    def write(self, b):
        self.data.append(bytes(b))
        return len(b)

    def close(self):
        print('PyBuffer closed holding', self.data)
        super().close()


d = tempfile.mkdtemp()
for name, make_stack in [('buffered.bin', lambda p: MyBuffered(MyFileIO(p, 'wb'))),
                         ('text.txt', lambda p: MyText(MyBuffered(MyFileIO(p, 'wb')), encoding='utf-8'))]:
    path = os.path.join(d, name)

    def drop(path=path, make_stack=make_stack):
        s = make_stack(path)
        s.write(b'bytes' if name.endswith('.bin') else 'text')

    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        drop()
        gc.collect()
    with open(path, 'rb') as f:
        print(name, f.read())
    os.remove(path)
os.rmdir(d)


def drop_text():
    MyText(PyBuffer(), encoding='utf-8').write('over python')


drop_text()
gc.collect()
