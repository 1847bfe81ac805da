import builtins
builtins.LOADS = getattr(builtins, "LOADS", 0) + 1
