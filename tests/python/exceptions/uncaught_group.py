print("raising a group")
raise ExceptionGroup("two problems", [ValueError("first"), TypeError("second")])
