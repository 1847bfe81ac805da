{(yield): x for x in y}
