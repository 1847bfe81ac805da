import sys
print("fatal:")
sys.exit("error message goes to stderr")
