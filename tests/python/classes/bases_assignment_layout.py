# C.__bases__ = (...) checks the new base's instance layout against the old one's, as CPython's
# type_set_bases: best_base, then compatible_for_assignment ("deallocator differs" between
# garbage-collected and plain layouts, "object layout differs" for slots, int, dict, OSError).
def t(label, f):
    try:
        r = f(); print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
class A: pass
class B: pass
class S:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class D(dict): pass
class L(list): pass
class I(int): pass
class W: __slots__ = ('__weakref__',)
class N: __slots__ = ()
def setb(c, b):
    def f():
        c.__bases__ = b
        return c.__bases__
    return f
class A1: pass
t('plain', setb(A1, (B,)))
class A2: pass
t('int', setb(A2, (int,)))
class A3: pass
t('slots', setb(A3, (S,)))
class S4(S): pass
t('slots->plain', setb(S4, (A,)))
t('slots->sameslots', setb(S4, (S2,)))
t('slots->otherslots', setb(S4, (S3,)))
class A5: pass
t('empty', setb(A5, ()))
t('nonclass', setb(A5, (1,)))
t('nontuple', setb(A5, [B]))
t('delete', lambda: delattr(A5, '__bases__'))
class A6: pass
class A7(A6): pass
t('cycle', setb(A6, (A7,)))
t('self', setb(A6, (A6,)))
t('builtin', setb(int, (object,)))
class A8: pass
t('dict', setb(A8, (D,)))
class D2(dict): pass
class D3(dict): pass
t('dict->dict', setb(D2, (D3,)))
t('dict->list', setb(D2, (L,)))
t('dict->object', setb(D2, (object,)))
class I2(int): pass
t('int->I', setb(I2, (I,)))
t('int->object', setb(I2, (object,)))
class A9: pass
t('weak', setb(A9, (W,)))
t('noslots', setb(A9, (N,)))
class A10: pass
t('mro conflict', setb(A10, (A, B, A)))
class X(A): pass
class Y(B): pass
class A11(A): pass
t('multi', setb(A11, (A, B)))
t('object', setb(A11, (object,)))
class E1(Exception): pass
t('exc->object', setb(E1, (object,)))
t('exc->valueerror', setb(E1, (ValueError,)))
t('exc->oserror', setb(E1, (OSError,)))
class M(type): pass
class Q(metaclass=M): pass
class A12: pass
t('metaclass', setb(A12, (Q,)))
t('type', setb(A12, (type,)))
class A13: pass
t('final bool', setb(A13, (bool,)))
class Sub(A): pass
t('sub after', setb(A, (S,)))
print(Sub.__mro__)
# Allowed: classes first made on a user class may move between plain user classes.
class P: pass
class Q1:
    def hello(self): return 'Q1'
class R(P): pass
t('plain->plain', setb(R, (Q1,)))
print(R.__base__, R.__mro__, R().hello())
t('plain->two', setb(R, (P, Q1)))
print(R.__base__, R.__mro__)
class Wk: pass
class R2(Wk): pass
t('->slotted', setb(R2, (S,)))
print(R2.__base__)
# Exception classes share their builtin base's layout where CPython does.
class VE(ValueError): pass
class KE(KeyError): pass
class OE(OSError): pass
v = VE('x')
t('class VE->KE', lambda: (setattr(v, '__class__', KE), type(v).__name__, str(v))[1:])
t('class KE->OE', lambda: setattr(v, '__class__', OE))
class E2(ValueError): pass
t('bases KeyError', setb(E2, (KeyError,)))
t('bases FileNotFoundError', setb(E2, (FileNotFoundError,)))
class E3(OSError): pass
t('os->fnf', setb(E3, (FileNotFoundError,)))
print(E3.__base__, type(E3(2, 'x')).__name__, E3(2, 'x').errno)
# Subclasses that add nothing (no __weakref__ either) keep their builtin base's layout.
class VE0(ValueError): __slots__ = ()
class KE0(KeyError): __slots__ = ()
class OE0(OSError): __slots__ = ()
class FE0(FileNotFoundError): __slots__ = ()
v = VE0('x')
t('class VE0->KE0', lambda: (setattr(v, '__class__', KE0), type(v).__name__, str(v))[1:])
t('class KE0->OE0', lambda: setattr(v, '__class__', OE0))
o = OE0(2, 'x')
t('class OE0->FE0', lambda: (setattr(o, '__class__', FE0), type(o).__name__, str(o), o.errno)[1:])
