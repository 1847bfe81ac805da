try:
    pass
except* E:
    for x in y:
        break
