for x in y:
    return
