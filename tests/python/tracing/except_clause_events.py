# Line events through except clauses: a re-raise from a named handler, an unmatched clause, an
# exception leaving through two nested try statements (the clause's line shows once, where
# CPython shows it).
import sys


def reraise_named():
    try:
        try:
            raise Exception
        except Exception as e:
            raise
            x = "Something"
    except Exception:
        pass


def unmatched():
    try:
        try:
            1 / 0
        except TypeError as e:
            pass
        except (KeyError, IndexError):
            pass
    except ZeroDivisionError:
        pass


def matched_later():
    try:
        {}["k"]
    except TypeError:
        pass
    except KeyError as e:
        y = e.args
    return y


for func in (reraise_named, unmatched, matched_later):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code is func.__code__:
            events.append((frame.f_lineno - func.__code__.co_firstlineno, event))
        return tracer

    sys.settrace(tracer)
    func()
    sys.settrace(None)
    print(func.__name__, events)
