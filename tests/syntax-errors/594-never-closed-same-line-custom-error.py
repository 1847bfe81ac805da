None =[ 1
