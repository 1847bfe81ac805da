# Argument errors of slot wrappers (int.__add__, list.__len__...) and object.__init__, with CPython's messages.
tests=['int.__add__(1, x=2)','(1).__neg__(x=1)','object.__hash__(object(),1)','(1).__lt__()','object().__getattribute__()','object().__getattribute__(1)','property().__get__()','property().__set__(1)','property().__delete__()','iter([]).__next__(1)','(lambda:0).__get__(1,2,3)','object().__init__(1)','object().__repr__(1)','(1).__pow__()','(1).__pow__(1,2,3)', 'object().__delattr__()', '(1).__index__(1)','[].__len__(1)','[].__contains__()','{}.__setitem__(1)','(1).__bool__(1)','[].__iter__(1)','[].__delitem__()','int.__new__()', 'object().__reduce_ex__()', 'object().__format__()', 'str(1).__mod__()', '(1.0).__radd__()', 'object().__ne__(1, 2)', 'object().__str__(k=1)', '(1).__round__(1,2)', 'object().__setattr__("a")', '[].__setitem__(1)']
for t in tests:
    try:
        eval(t)
        print(t, 'OK')
    except TypeError as e:
        print(t, '|', e)
print((2).__pow__(3, 5), (2).__rpow__(3), (2.0).__pow__(2, None))
class A: pass
class B:
    def __init__(self, *a): super().__init__(*a)
class C:
    def __new__(cls, *a): return super().__new__(cls)
for t in ['A().__init__(1)', 'B(1)', 'C(1)', 'C().__init__(1)', 'object.__init__(A(), 1)', 'A(1)', 'object(1)']:
    try:
        eval(t); print(t, 'OK')
    except TypeError as e:
        print(t, '|', e)
