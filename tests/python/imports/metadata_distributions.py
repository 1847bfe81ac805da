# importlib.metadata finds installed distributions (*.dist-info, *.egg-info) along sys.path through
# the path finder's find_distributions: versions, metadata, entry points, files, requirements.
import importlib.metadata as metadata
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    info = os.path.join(tmp, "hello_dist-1.2.3.dist-info")
    os.mkdir(info)
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write("Metadata-Version: 2.1\nName: hello-dist\nVersion: 1.2.3\nSummary: A test distribution\n"
                "Requires-Dist: six (>=1.0)\n")
    with open(os.path.join(info, "entry_points.txt"), "w") as f:
        f.write("[console_scripts]\nhello = hello_mod:main\n\n[hello.plugins]\nfirst = hello_mod:first\n")
    with open(os.path.join(info, "RECORD"), "w") as f:
        f.write("hello_mod.py,,\nhello_dist-1.2.3.dist-info/METADATA,,\n")
    egg = os.path.join(tmp, "old_dist.egg-info")
    os.mkdir(egg)
    with open(os.path.join(egg, "PKG-INFO"), "w") as f:
        f.write("Metadata-Version: 1.0\nName: old-dist\nVersion: 0.9\n")
    sys.path.insert(0, tmp)
    metadata_path_finders = [f for f in sys.meta_path if hasattr(f, "find_distributions")]
    print(len(metadata_path_finders) >= 1)
    print(metadata.version("hello-dist"), metadata.version("hello_dist"), metadata.version("old-dist"))
    dist = metadata.distribution("hello-dist")
    print(dist.metadata["Summary"], dist.requires, dist.name)
    print(sorted(str(p) for p in dist.files))
    eps = metadata.entry_points(group="hello.plugins")
    print([(ep.name, ep.value, ep.group) for ep in eps])
    print([ep.name for ep in metadata.entry_points(group="console_scripts") if ep.name == "hello"])
    print(sorted(d.metadata["Name"] for d in metadata.distributions(path=[tmp])))
    try:
        metadata.version("no-such-dist")
    except metadata.PackageNotFoundError as e:
        print(type(e).__name__, e)
    sys.path.remove(tmp)
