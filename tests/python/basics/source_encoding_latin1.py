# -*- coding: latin-1 -*-
s = "café"
print(s, len(s), ord(s[-1]))
print("£ 5")
