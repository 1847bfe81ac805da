print("_pkg init", __name__, __package__)
top_value = 1
