# Under -X dev, a text stream's error handler must exist when the stream is made (LookupError
# from open() and TextIOWrapper), not at its first encoding error; an unknown encoding is a
# LookupError in every mode, and -X warn_default_encoding warns where no encoding was given.
import subprocess
import sys

code = r'''
import codecs, io, sys
def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except LookupError as e:
        print("LookupError", e)
attempt(open, sys.argv[1], encoding="Boom")
attempt(open, sys.argv[1], errors="Boom")
attempt(io.TextIOWrapper, io.BytesIO(), encoding="utf-8", errors="Boom")
attempt(io.TextIOWrapper, io.BytesIO(), encoding="utf-8", errors="surrogateescape")
codecs.register_error("mine", lambda e: ("?", e.end))
attempt(io.TextIOWrapper, io.BytesIO(), encoding="utf-8", errors="mine")
print(io.text_encoding(None))
'''
for opts in ([], ["-X", "dev"], ["-X", "utf8"]):
    r = subprocess.run([sys.executable] + opts + ["-c", code, __file__], capture_output=True, text=True)
    print(opts, r.returncode)
    print(r.stdout, end="")

r = subprocess.run([sys.executable, "-X", "warn_default_encoding", "-c",
                    "import io\nio.TextIOWrapper(io.BytesIO())\nio.text_encoding(None)\n"
                    "io.TextIOWrapper(io.BytesIO(), encoding='latin-1')"],
                   capture_output=True, text=True)
print(r.returncode, [line for line in r.stderr.splitlines() if "Warning" in line])
