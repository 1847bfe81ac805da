# pathlib over a fresh directory
import os, pathlib, tempfile

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / 'pkg' / 'sub').mkdir(parents=True)
    (root / 'pkg' / '__init__.py').write_text('# init\n')
    (root / 'pkg' / 'sub' / 'data.bin').write_bytes(b'\x00\x01')
    (root / 'notes.txt').write_text('line1\nline2\n')
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*')))
    print(sorted(p.name for p in root.glob('*.txt')), sorted(p.name for p in root.iterdir()))
    n = root / 'notes.txt'
    print(n.read_text().splitlines(), n.stat().st_size, n.exists(), n.is_file(), n.is_dir(), n.suffix, n.stem)
    print((root / 'pkg').is_dir(), (root / 'missing').exists(), n.with_suffix('.md').name, n.parent == root)
    n.rename(root / 'renamed.txt')
    print(sorted(p.name for p in root.iterdir()))
    link = root / 'link'
    link.symlink_to('renamed.txt')
    print(link.is_symlink(), link.resolve() == (root / 'renamed.txt').resolve(), link.read_text()[:5])
    link.unlink()
    (root / 'pkg' / 'sub' / 'data.bin').unlink()
    (root / 'pkg' / 'sub').rmdir()
    os.chdir(root)
    print(pathlib.Path.cwd() == root.resolve(), pathlib.Path('pkg').absolute() == root / 'pkg')
    os.chdir('/')
p = pathlib.PurePosixPath('/usr/lib/python3.11/os.py')
print(p.parts, p.name, p.suffix, p.parent, p.anchor, p.relative_to('/usr'), p.match('*.py'), p.with_name('x.py'))
print(pathlib.PurePosixPath('a') / 'b' / '..' / 'c', pathlib.Path('~').expanduser().is_absolute())
