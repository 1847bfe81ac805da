from ... import NAME as TOP
from ...sibling import VALUE
from .. import __name__ as parent_name
from .leaf import LEAF
