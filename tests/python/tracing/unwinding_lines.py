# The lines a return, break or continue reports when it leaves a finally block
# or a with block: the statement's own line first, then the finally body or
# __exit__, and the return then shows the line it ended on (CPython 3.11's
# NOPs and unset locations in compiler_return/break/continue); the implicit
# return after nested try statements has the line of the last statement run.
import sys
import _events
_events.watch(__file__)


class Context:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def return_const_through_finally():
    try:
        return 2
    finally:
        4


def return_value_through_finally(x):
    try:
        return x + 1
    finally:
        x = 0


def return_through_with():
    with Context():
        return 3


def return_through_nested():
    for i in range(3):
        with Context():
            try:
                return i
            finally:
                i = 9


def return_multiline_const():
    return (
        5
    )


def bare_return_through_finally():
    try:
        return
    finally:
        pass


def break_through_finally():
    a = 0
    for i in range(3):
        try:
            if i > 0:
                break
            a = 7
        finally:
            a += 1
    return a


def continue_through_finally():
    a = 0
    for i in range(2):
        try:
            if i > 0:
                continue
            a = 7
        finally:
            a += 1
    return a


def break_through_with():
    for i in range(3):
        with Context():
            break
    return i


def plain_loop_exits():
    for i in range(3):
        if i == 1:
            continue
        if i == 2:
            break
    while True:
        return i


def try_in_try():
    try:
        try:
            pass
        except Exception as ex:
            pass
    except Exception:
        pass


def try_in_try_raising():
    try:
        try:
            raise TypeError
        except ValueError as ex:
            pass
    except TypeError:
        pass


sys.settrace(_events.tracer)
return_const_through_finally()
return_value_through_finally(1)
return_through_with()
return_through_nested()
return_multiline_const()
bare_return_through_finally()
break_through_finally()
continue_through_finally()
break_through_with()
plain_loop_exits()
try_in_try()
try_in_try_raising()
sys.settrace(None)
