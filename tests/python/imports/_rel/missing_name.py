from .sibling import not_defined
