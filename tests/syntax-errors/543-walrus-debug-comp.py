[__debug__ := x for x in y]
