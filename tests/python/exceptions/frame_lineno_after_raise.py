# f_lineno of a frame an exception left (PEP 626): the line of the instruction that raised,
# or, after a re-raise, the one CPython's RERAISE restores.


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def two_other_excepts():
    try:
        1/0
    except TypeError:
        pass
    except (KeyError, ValueError) as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


def nested_named():
    try:
        try:
            {}["k"]
        except KeyError as inner:
            raise ValueError("v")
    except ValueError as outer:
        [][1]


def bare_raise_in_handler():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise


for f in (simple, in_except, other_except, two_other_excepts, in_named_except, in_try,
          in_finally_normal, in_finally_except, after_with, nested_named, bare_raise_in_handler):
    for attempt in range(3):
        try:
            f()
        except Exception as ex:
            t = ex.__traceback__.tb_next
        lines = []
        while t:
            lines.append((t.tb_lineno - f.__code__.co_firstlineno,
                          t.tb_frame.f_lineno - f.__code__.co_firstlineno))
            t = t.tb_next
    print(f.__name__, lines)
