"""Module doc."""

import os

def f(x):
    return x +
