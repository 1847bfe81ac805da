SEEN = sorted(k for k in globals() if k.startswith("__"))
