x  b'\x4'
