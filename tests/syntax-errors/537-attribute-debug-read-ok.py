x = a.__debug__
