ab…c = 1
