# comment
# another
x = (
