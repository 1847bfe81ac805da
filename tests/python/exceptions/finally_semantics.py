def order():
    log = []
    try:
        log.append("try")
        raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order())

def no_error():
    log = []
    try:
        log.append("try")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(no_error())

def finally_overrides_exception():
    try:
        raise KeyError("lost")
    finally:
        return "finally returned"
print(finally_overrides_exception())

def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

def return_value_evaluated_before_finally():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(return_value_evaluated_before_finally())

def else_exception_not_caught():
    try:
        pass
    except ValueError:
        return "caught"
    else:
        raise ValueError("from else")
try:
    else_exception_not_caught()
except ValueError as e:
    print("escaped:", e)

def except_variable_deleted():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "err was deleted: " + str(e)
print(except_variable_deleted())

def multiple_handlers(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, TypeError]:
    print(multiple_handlers(exc))

def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            raise ValueError
        finally:
            out.append(2)
    except ValueError:
        out.append(3)
    finally:
        out.append(4)
    return out
print(nested_finally())

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("finally in loop", count)

def handler_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally still runs")
try:
    handler_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__))
