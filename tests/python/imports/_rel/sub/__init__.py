from .. import sibling
from ..sibling import VALUE
from . import deep
SUB = "sub saw " + VALUE
