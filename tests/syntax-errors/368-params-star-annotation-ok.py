def f(*a: int, **k: str): pass
