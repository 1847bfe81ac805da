import builtins
builtins.IL_LOADS = getattr(builtins, "IL_LOADS", 0) + 1
LOADS = builtins.IL_LOADS
