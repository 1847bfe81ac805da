print("_pkg.sub init", __name__, __package__)
from . import helper
from .helper import VALUE
