import .x
