SUB = "sub module"
