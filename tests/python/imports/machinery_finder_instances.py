# importlib.machinery's finders are classes of classmethods; instances can be made and their
# methods work on them as on the class.
import importlib.machinery as m, importlib.abc, sys, warnings
warnings.simplefilter('ignore')
for c in (m.BuiltinImporter, m.PathFinder, m.FrozenImporter, m.WindowsRegistryFinder):
    i = c()
    print(c.__name__, type(i).__name__, isinstance(i, importlib.abc.MetaPathFinder), type(c.__dict__.get('find_spec')).__name__)
    print(' ', i.invalidate_caches() if hasattr(i, 'invalidate_caches') else '-')
i = m.BuiltinImporter()
s = i.find_spec('sys'); print(s.name, s.origin, s.loader is m.BuiltinImporter)
print(i.find_spec('os'), i.find_spec('sys', ['x']).name)
print(m.PathFinder().find_spec('nonexistent_xyz'), m.PathFinder().find_spec('json').name)
print(i.is_package('sys'), i.get_code('sys'), i.get_source('sys'))
try: i.create_module(m.ModuleSpec('nonexistent', None))
except ImportError as e: print('ImportError', e)
print(m.BuiltinImporter.find_module('sys') is m.BuiltinImporter, i.find_module('os'))
print(type(m.BuiltinImporter.__dict__['find_spec']).__name__, type(m.PathFinder.__dict__['find_spec']).__name__)
print(m.BuiltinImporter.__qualname__, m.PathFinder.__qualname__)
print(m.BuiltinImporter.module_repr(sys) if hasattr(m.BuiltinImporter,'module_repr') else '-')
