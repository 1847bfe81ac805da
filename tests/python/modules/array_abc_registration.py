# Importing array registers array.array as a collections.abc.MutableSequence (array_modexec),
# whichever of the two was imported first.
import sys
import array
import collections.abc

print('collections.abc' in sys.modules)
print(isinstance(array.array('B'), collections.abc.MutableSequence))
print(issubclass(array.array, collections.abc.Sequence), issubclass(array.array, collections.abc.Reversible))
print(array.array in collections.abc.MutableSequence._abc_registry if hasattr(collections.abc.MutableSequence, '_abc_registry') else True)
