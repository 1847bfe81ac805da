try:
    raise ExceptionGroup("batch", [ValueError("v1"), KeyError("k1"), ValueError("v2")])
except* ValueError as g:
    print("handled", len(g.exceptions), "ValueErrors")
