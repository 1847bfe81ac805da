# "Did you mean" suggestions are added when an exception is printed (sys.excepthook), never to str(e).
import sys


class C:
    foo = 1
    bar_baz = 2

    def method(self):
        return 0

    def __init__(self):
        self.instance_attr = 3


def report(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "name", "-"))
        sys.stdout.flush()
        sys.excepthook(type(e), e, e.__traceback__)
        sys.stderr.flush()


report(lambda: pritn)
report(lambda: Abs)
report(lambda: lenn)
report(lambda: C().fooo)
report(lambda: C().methd)
report(lambda: C().instance_atr)
report(lambda: C().Foo)
report(lambda: C().bar_bz)
report(lambda: C().xyz)
report(lambda: C.fo)
report(lambda: (1).reall)
report(lambda: [].apend)
report(lambda: {}.item)
report(lambda: "s".uper)
report(lambda: sys.argvv)
report(lambda: sys.stdot)
report(lambda: getattr(C(), "foooo"))


def with_locals():
    counter = 1
    total_sum = 2
    return countr + total_summ


report(with_locals)


def shadow():
    return fooo_global


fooo_global_x = 1
report(shadow)
report(lambda: a_very_long_variable_name_here)
a_very_long_variable_name_hera = 1
report(lambda: a_very_long_variable_name_here)


class Sub(AttributeError):
    pass


def raise_sub():
    raise Sub("custom", name="fooo", obj=C())


report(raise_sub)
report(lambda: (_ for _ in ()).throw(NameError("x", name="pritn")))


def raise_name():
    raise NameError(name="pritn")


report(raise_name)


def raise_attr():
    raise AttributeError("explicit", name="fooo", obj=C())


report(raise_attr)


class G:
    def __getattr__(self, name):
        raise AttributeError("getattr said no", name="q", obj=1)


report(lambda: G().foo)


class P:
    yz = 1

    @property
    def x(self):
        return self.yy


report(lambda: P().x)
e = AttributeError("a", name="n", obj=3)
print(e.name, e.obj, e.args, NameError("m", name="k").name)
print(ImportError("m", name="a", path="p").path, AttributeError().name, AttributeError().obj)
for make in [lambda: NameError("x", foo=1), lambda: AttributeError(name=1, obj=2, x=3),
             lambda: ImportError("m", name="a", path="p", x=1), lambda: KeyError(a=1),
             lambda: NameError(name=1, obj=2)]:
    try:
        make()
    except TypeError as t:
        print("TypeError", t)
try:
    C().fooo
except AttributeError as a:
    print(a.name, type(a.obj).__name__, str(a))
try:
    undefined_thing
except NameError as n:
    print(n.name, str(n), n.args)
print(C().ffoo)
