# atexit: callbacks run at exit, last registered first, with their arguments; an exception is reported and skipped
import atexit, sys

class Named:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __call__(self, *args, **kwargs):
        print('exit', self.name, args, sorted(kwargs.items()))
        if self.fail:
            raise ValueError('boom in ' + self.name)
    def __repr__(self):
        return '<Named %s>' % self.name
    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name
    __hash__ = None

base = atexit._ncallbacks()
first = atexit.register(Named('first'), 1, 2, key='v')
print(repr(first))
atexit.register(Named('failing', True))
atexit.register(Named('dropped'))
atexit.register(Named('dropped'), 'again')
atexit.register(Named('last'))
print(atexit._ncallbacks() - base)
atexit.unregister(Named('dropped'))
print(atexit._ncallbacks() - base)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    atexit.register()
except TypeError as e:
    print('TypeError', e)

@atexit.register
def decorated():
    print('decorated runs first')
    sys.stdout.flush()

print('main ends')
