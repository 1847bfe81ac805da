__all__ = ["PUBLIC", "sub"]
PUBLIC = 1
_private = 2
