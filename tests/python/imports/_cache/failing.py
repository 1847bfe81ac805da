STARTED = True
raise ValueError("failing module")
