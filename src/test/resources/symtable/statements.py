def f(cm, items):
    with cm as (a, b), cm() as c:
        pass
    for i, (j, k) in items:
        pass
    else:
        pass
    try:
        pass
    except ValueError as err:
        pass
    else:
        pass
    finally:
        fin = 1
    try:
        pass
    except* TypeError as err2:
        pass
    while cond:
        break
    import os, sys as system
    from . import rel
    match cm:
        case [p1, *rest]:
            pass
        case {"k": v1, **others}:
            pass
        case Point(x=px, y=py) | Point(px, py):
            pass
        case (q1 as q2) if q2 > q1:
            pass
        case _:
            pass
    assert cond, msg
    raise ValueError from err
    ann: int
    (ann2): int = 3
    obj.attr: int = 4
    s[0]: int
    aug += 1
    f"{fv!r:{width}}"
    return x if y else z
