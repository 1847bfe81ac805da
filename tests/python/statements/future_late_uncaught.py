# a future import after another statement on its line: the error CPython prints for a script
import os; from __future__ import division
print("never")
