x = {1: 'a', True` : 'b'}
