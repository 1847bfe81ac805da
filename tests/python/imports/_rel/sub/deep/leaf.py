LEAF = __name__ + " in " + __package__
