# Objects of io classes written in Python are finalized when collected, as CPython's
# iobase_finalize does: a subclass's own __del__ runs and super().__del__ (IOBase.__del__) closes
# the object through its close() and flush(); a buffered object or text wrapper over a raw stream
# or buffer written in Python flushes into it and closes it; stacks of subclasses close outermost
# first; a ResourceWarning names an unclosed file when warnings show it. Objects are dropped in
# groups and collected once per group (each gc.collect() forces a full collection).
import gc
import io
import os
import tempfile
import warnings


def make(base, record):
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


# every base class, each object with a record of its own, collected together
records = {}
objs = []
for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.BytesIO, io.StringIO):
    records[base.__name__] = []
    objs.append(make(base, records[base.__name__])())
del objs
gc.collect()
for name, record in records.items():
    print(name, record)

log = []


class Plain(io.BytesIO):
    def close(self):
        log.append('plain close ' + repr(self.getvalue()))
        super().close()


class MockRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


def drop_group():
    p = Plain()
    p.write(b'abc')
    buffered = io.BufferedWriter(raw, 8)
    buffered.write(b'abc')
    text = io.TextIOWrapper(Plain(), encoding='ascii')
    text.write('xyz')
    closed_first = make(io.BytesIO, closed_record)()
    closed_first.close()


raw = MockRaw()
closed_record = []
drop_group()
gc.collect()
print(sorted(log))
print('buffered flushed into', raw.chunks, raw.closed)
print('closed first', closed_record)

print(hasattr(io.IOBase, '__del__'), hasattr(io.FileIO, '__del__'), type(io.IOBase.__dict__.get('__del__', None)).__name__)


class MyFileIO(io.FileIO):
    pass


d = tempfile.mkdtemp()
path = os.path.join(d, 'f.bin')
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


# stacks: a text wrapper over a buffered writer over a FileIO subclass, a BufferedWriter subclass
# over a FileIO subclass, a TextIOWrapper subclass over both or over a buffer written in Python


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
        log.append('PyBuffer closed holding %r' % self.data)
        super().close()


stacks = [('chain.txt', lambda p: io.TextIOWrapper(io.BufferedWriter(MyFileIO(p, 'wb')), encoding='utf-8'), 'through the chain'),
          ('buffered.bin', lambda p: MyBuffered(MyFileIO(p, 'wb')), b'bytes'),
          ('text.txt', lambda p: MyText(MyBuffered(MyFileIO(p, 'wb')), encoding='utf-8'), 'text')]


def drop_stacks():
    for name, make_stack, data in stacks:
        make_stack(os.path.join(d, name)).write(data)
    MyText(PyBuffer(), encoding='utf-8').write('over python')


log.clear()
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    drop_stacks()
    gc.collect()
for name, _, _ in stacks:
    path = os.path.join(d, name)
    with open(path, 'rb') as f:
        print(name, f.read())
    os.remove(path)
print(log)
os.rmdir(d)
