# -*- coding: latin-1 -*-
# An uncaught exception in a latin-1 source file: the traceback shows the line decoded as the
# coding cookie says (CPython's linecache goes through tokenize.open).

def café(x):
    return {"clé": 1}[x]   # été

print("start")
café("é")
