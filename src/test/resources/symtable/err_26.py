from __future__ import annotations
def f() -> (await x): pass
