package org.taipan.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.Permission;

/**
 * What a sandboxed interpreter can still do (compute, import the standard library, use its
 * standard streams, threads and exceptions), and that each permission granted alone opens its own
 * area and nothing else.
 */
class SandboxPermissionsTest {
    @TempDir
    Path dir;

    @Test
    void sandboxedInterpreterStillRunsOrdinaryPrograms() {
        SandboxRun r = SandboxRun.run("""
                import json, re, collections, dataclasses, itertools, math, random, threading, time, io, os
                @dataclasses.dataclass
                class P:
                    x: int
                    y: int
                c = collections.Counter('abracadabra')
                print(json.dumps({'p': dataclasses.asdict(P(1, 2)), 'top': c.most_common(1)}))
                print(re.sub(r'(\\d+)', lambda m: str(int(m[1]) * 2), 'a1 b22'), math.factorial(20))
                try:
                    raise KeyError('k')
                except LookupError as e:
                    print('caught', repr(e))
                out = []
                t = threading.Thread(target=lambda: out.append(sum(range(10))))
                t.start(); t.join()
                time.sleep(0)
                print(out, input(), os.getpid() > 0, os.path.join('a', 'b'))
                buf = io.StringIO(); buf.write('in memory'); print(buf.getvalue())
                import sys; sys.stdout.flush()
                os.write(1, b'raw fd 1\\n')
                with os.fdopen(1, 'w', closefd=False) as f:
                    f.write('fdopen 1\\n')
                print(open(0, closefd=False).readable())
                raise SystemExit(3)
                """, Permission.none(), "typed line\nrest of stdin\n");
        assertEquals(3, r.status(), r.all());
        assertEquals("""
                {"p": {"x": 1, "y": 2}, "top": [["a", 5]]}
                a2 b44 2432902008176640000
                caught KeyError('k')
                [45] typed line True a/b
                in memory
                raw fd 1
                fdopen 1
                True
                """.stripLeading(), r.out(), r.all());
    }

    @Test
    void uncaughtExceptionsPrintAsUsual() {
        SandboxRun r = SandboxRun.sandboxed("open('/etc/passwd')\n");
        assertEquals(1, r.status(), r.all());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "PermissionError: sandboxed interpreter: open('/etc/passwd') needs the FILE_SYSTEM permission\n",
                r.err(), r.all());
    }

    private String probes(Path file) {
        return """
                import subprocess, socket, sys
                def probe(name, f):
                    try:
                        f()
                        print(name, 'ok')
                    except PermissionError as e:
                        print(name, str(e).split()[-2])
                probe('file', lambda: open(%s).read())
                probe('process', lambda: subprocess.run(['true'], check=True))
                probe('network', lambda: socket.socket().close())
                sys.path.insert(0, %s)
                probe('import', lambda: __import__('plain'))
                """.formatted("'" + file + "'", "'" + file.getParent() + "'");
    }

    private String runWith(Set<Permission> granted) throws IOException {
        Path file = Files.writeString(dir.resolve("data.txt"), "data\n");
        Files.writeString(dir.resolve("plain.py"), "X = 1\n");
        SandboxRun r = SandboxRun.run(probes(file), granted, "");
        assertEquals(0, r.status(), r.all());
        return r.out();
    }

    @Test
    void fileSystemAloneOpensFilesOnly() throws IOException {
        assertEquals("file ok\nprocess PROCESS\nnetwork NETWORK\nimport ok\n",
                runWith(EnumSet.of(Permission.FILE_SYSTEM)));
    }

    @Test
    void processAloneStartsProcessesOnly() throws IOException {
        assertEquals("file FILE_SYSTEM\nprocess ok\nnetwork NETWORK\nimport FILE_SYSTEM\n",
                runWith(EnumSet.of(Permission.PROCESS)));
    }

    @Test
    void networkAloneMakesSocketsOnly() throws IOException {
        assertEquals("file FILE_SYSTEM\nprocess PROCESS\nnetwork ok\nimport FILE_SYSTEM\n",
                runWith(EnumSet.of(Permission.NETWORK)));
    }

    @Test
    void noPermissionRefusesAll() throws IOException {
        assertEquals("file FILE_SYSTEM\nprocess PROCESS\nnetwork NETWORK\nimport FILE_SYSTEM\n",
                runWith(Permission.none()));
    }

    @Test
    void theDefaultOptionsGrantEverything() throws IOException {
        InterpreterOptions o = new InterpreterOptions(List.of(""), System.in, System.out, System.err, Map.of());
        assertEquals(Permission.all(), o.permissions());
        assertEquals("file ok\nprocess ok\nnetwork ok\nimport ok\n", runWith(Permission.all()));
    }

    @Test
    void hostCanTrustMoreImportDirectories() throws IOException {
        Path hosted = Files.writeString(dir.resolve("hosted.py"), "VALUE = 1\n");
        org.taipan.runtime.Interpreter interp = new org.taipan.runtime.Interpreter(new InterpreterOptions(List.of(""),
                System.in, System.out, System.err, Map.of()).withPermissions(Permission.none()));
        assertTrue(!TrustedRoots.mayRead(interp, hosted.toString()));
        TrustedRoots.of(interp).add(dir.toString());
        assertTrue(TrustedRoots.mayRead(interp, hosted.toString()));
        assertTrue(!TrustedRoots.mayRead(interp, dir.resolve("../x").toString()));
        assertTrue(!TrustedRoots.mayRead(interp, "/etc/passwd"));
    }

    @Test
    void javaIsRefusedByEveryRoute() {
        SandboxRun full = SandboxRun.run("import java.lang\nprint('ok')\n", Permission.all(), "");
        Assumptions.assumeTrue(full.out().equals("ok\n"), "Java interop (import java.*) is not available");
        for (String attack : new String[] {
            "import java.lang",
            "from java.lang import System",
            "__import__('java.util').util",
            "exec('from java.lang import Runtime')",
            "import importlib; importlib.import_module('javax.script')",
            // the finder's exec_module handed a module it did not find
            "import sys, types\nimp = [f for f in sys.meta_path if 'Java' in type(f).__name__][0]\n"
                + "m = types.ModuleType('java.lang')\nimp.exec_module(m)\nm.Runtime.getRuntime()"}) {
            SandboxRun r = SandboxRun.attempt(attack, EnumSet.complementOf(EnumSet.of(Permission.JAVA)));
            assertTrue(r.out().startsWith("PermissionError sandboxed interpreter: "), attack + "\n" + r.all());
            assertTrue(r.out().strip().endsWith("needs the JAVA permission"), attack + "\n" + r.all());
        }
    }

    @Test
    void javaAloneReachesJavaOnly() {
        SandboxRun full = SandboxRun.run("import java.lang\nprint('ok')\n", Permission.all(), "");
        Assumptions.assumeTrue(full.out().equals("ok\n"), "Java interop (import java.*) is not available");
        SandboxRun r = SandboxRun.run("""
                from java.util import ArrayList
                a = ArrayList(); a.add(1); print(len(a))
                try:
                    open('/etc/passwd')
                except PermissionError as e:
                    print(e)
                """, EnumSet.of(Permission.JAVA), "");
        assertEquals("1\nsandboxed interpreter: open('/etc/passwd') needs the FILE_SYSTEM permission\n", r.out(),
                r.all());
    }
}
