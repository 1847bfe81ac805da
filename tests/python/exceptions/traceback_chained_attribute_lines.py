# A call or attribute access chained over several lines reports the line of the attribute name
# (CPython 3.11's update_start_location_to_match_attr), with carets from the name to the end.
import traceback


class C:
    def m(self, *args):
        raise TypeError("boom")

    @property
    def x(self):
        return 1 / 0

    def __setattr__(self, name, value):
        raise AttributeError(name)


def call():
    return C(
    ).m()


def call_args():
    return (C()
            .m(1,
               2))


def load():
    return C(
    ).x


def store():
    (C()
     ).y = 1


def chain():
    return "a b".upper(
    ).split(
    ).index("zz")


for f in (call, call_args, load, store, chain):
    try:
        f()
    except Exception:
        traceback.print_exc()
