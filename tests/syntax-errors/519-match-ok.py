match x:
    case [1, *rest] | (2, *rest):
        pass
    case {'a': b, **kw}:
        pass
    case Point(x=0, y=y) as p if y:
        pass
    case _:
        pass
