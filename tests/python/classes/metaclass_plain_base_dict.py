# A metaclass whose first base is a plain class (class Meta(Base, type)): the class's __dict__ is
# found on Base as the instance-dict descriptor, which defers to type's own (a mappingproxy), and
# cannot be replaced or deleted.
class Base(object):
    pass


class Meta1(type, Base):
    pass


class Meta2(Base, type):
    def hello(cls):
        return 'hello ' + cls.__name__


class D(object, metaclass=Meta1):
    x = 1


class E(object, metaclass=Meta2):
    y = 2


for cls in D, E:
    d = cls.__dict__
    print(type(cls).__name__, type(d).__name__, sorted(k for k in d if not k.startswith('__')))
    for action in ('set', 'del', 'item'):
        try:
            if action == 'set':
                cls.__dict__ = {}
            elif action == 'del':
                del cls.__dict__
            else:
                cls.__dict__['spam'] = 'eggs'
            print(action, 'allowed')
        except (AttributeError, TypeError) as e:
            print(action, type(e).__name__, e)
print(E.hello(), E.y, vars(E)['y'], E().y)
b = Base()
b.z = 3
print(b.__dict__)
