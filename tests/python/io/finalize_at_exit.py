# Objects dropped without gc.collect() are finalized at exit while every module global is still
# bound (reference counting finalized them when dropped): a stream stack over a raw stream written
# in Python flushes through a module global, and a __del__ reads module globals.
import io
import sys

GREETING = 'globals intact'


class Raw(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        sys.stdout.write('raw got %r (%s)\n' % (bytes(b), GREETING))
        return len(b)


class Noisy:
    def __del__(self):
        sys.stdout.write('Noisy.__del__ sees %s\n' % GREETING)


def log(msg):
    io.TextIOWrapper(io.BufferedWriter(Raw()), encoding='utf-8').write(msg)


def drop():
    Noisy()


log('important data')
drop()
