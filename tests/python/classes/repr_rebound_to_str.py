# object.__str__ calls the type's repr; making __repr__ that very wrapper must end in
# RecursionError (the wrapper call is counted), not a Java stack overflow or a hang.
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError as e:
        print(f.__name__, 'RecursionError', e)

class Bar:
    def __str__(self):
        return 'bar'
Bar.__repr__ = Bar.__str__
print(repr(Bar()), str(Bar()))
class Baz:
    pass
Baz.__str__ = object.__repr__
print(str(Baz()).startswith('<__main__.Baz object'))
