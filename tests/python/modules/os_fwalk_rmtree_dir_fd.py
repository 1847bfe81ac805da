# os.fwalk and shutil.rmtree over descriptors: shutil.rmtree.avoids_symlink_attacks, a walk
# (top-down, bottom-up, with dir_fd, listing each yielded descriptor) of a tree with links to
# files and directories, a walk whose top directory is renamed and replaced by a decoy half-way
# (the rest of the walk stays in the real tree), a subdirectory swapped for a link to an outside
# directory during the walk (not followed), rmtree with dir_fd, rmtree whose top directory is
# renamed half-way, and rmtree of a tree holding a link to an outside directory.
import os
import shutil
import tempfile

print("avoids_symlink_attacks", shutil.rmtree.avoids_symlink_attacks)
print("fwalk exists", hasattr(os, "fwalk"))

base = os.path.realpath(tempfile.mkdtemp())
outside = os.path.join(base, "outside")
os.mkdir(outside)
open(os.path.join(outside, "precious"), "w").close()


def build(top):
    os.makedirs(os.path.join(top, "a", "aa"))
    os.makedirs(os.path.join(top, "b"))
    for rel in ("f0", "a/f1", "a/aa/f2", "b/f3"):
        with open(os.path.join(top, rel), "w") as f:
            f.write(rel)
    os.symlink(outside, os.path.join(top, "a", "to_outside"))
    os.symlink("f0", os.path.join(top, "to_f0"))


def rel(top, p):
    r = os.path.relpath(p, top)
    return "." if r == "." else r


def show_walk(title, top, **kw):
    rows = []
    for root, dirs, files, rootfd in os.fwalk(top, **kw):
        rows.append((rel(top, root) if isinstance(root, str) else root, sorted(dirs), sorted(files),
                     sorted(os.listdir(rootfd))))
    print(title)
    for r in sorted(rows):
        print("  ", r)


tree = os.path.join(base, "tree")
build(tree)
show_walk("topdown", tree)
show_walk("bottomup", tree, topdown=False)
show_walk("follow_symlinks", tree, follow_symlinks=True)
tfd = os.open(base, os.O_RDONLY)
rows = sorted((root, sorted(dirs), sorted(files)) for root, dirs, files, _ in os.fwalk("tree", dir_fd=tfd))
print("dir_fd", rows)

# the top directory renamed during the walk, a decoy made at its old name
moved = os.path.join(base, "tree_moved")
seen = []
for root, dirs, files, rootfd in os.fwalk(tree):
    if root == tree:
        dirs.sort()
        os.rename(tree, moved)
        os.makedirs(os.path.join(tree, "a", "decoy_dir"))
        open(os.path.join(tree, "a", "decoy_file"), "w").close()
    seen.append((rel(tree, root), sorted(dirs), sorted(files), sorted(os.listdir(rootfd))))
print("renamed during walk")
for r in sorted(seen):
    print("  ", r)
shutil.rmtree(tree)
os.rename(moved, tree)

# a subdirectory swapped for a link to an outside directory after the walk listed it
seen = []
for root, dirs, files, rootfd in os.fwalk(tree):
    if root == tree:
        os.rename("b", "b_real", src_dir_fd=rootfd, dst_dir_fd=rootfd)
        os.symlink(outside, "b", dir_fd=rootfd)
    seen.append((rel(tree, root), sorted(files)))
print("swapped for a link", sorted(seen))
os.unlink(os.path.join(tree, "b"))
os.rename(os.path.join(tree, "b_real"), os.path.join(tree, "b"))

# rmtree with dir_fd
shutil.rmtree("tree", dir_fd=tfd)
print("rmtree dir_fd", sorted(os.listdir(base)), sorted(os.listdir(outside)))

# rmtree whose top directory is renamed once its descriptor is open: the real tree is emptied,
# the decoy at the old name is left (its rmdir fails)
build(tree)
real_scandir = os.scandir
calls = []


def scandir_renaming(arg=None):
    if not calls:
        os.rename(tree, moved)
        os.makedirs(os.path.join(tree, "keep"))
    calls.append(type(arg).__name__)
    return real_scandir(arg)


os.scandir = scandir_renaming
errors = []
try:
    shutil.rmtree(tree, onerror=lambda fn, path, exc: errors.append((fn.__name__, rel(base, path), exc[0].__name__)))
finally:
    os.scandir = real_scandir
print("scandir calls", calls)
print("rmtree errors", errors)
print("decoy left", sorted(os.listdir(tree)))
print("real tree", sorted(os.listdir(moved)))
shutil.rmtree(tree)
os.rmdir(moved)

# rmtree of a tree with a link to an outside directory removes the link, not the outside files
build(tree)
shutil.rmtree(tree)
print("outside kept", sorted(os.listdir(outside)))
try:
    os.symlink(outside, tree)
    shutil.rmtree(tree)
except OSError as e:
    print("rmtree of a link", type(e).__name__, e)
os.unlink(tree)
os.close(tfd)
shutil.rmtree(base)
print("done")
