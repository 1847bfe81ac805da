package org.taipan.javainterop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.Permission;

/**
 * Python calling Java, run in-process as the command line runs a program. CPython has no Java, so
 * the expected outputs are written by hand from the JDK's documented behaviour. Each snippet runs
 * in the three JIT modes the differential harness uses ({@code -X jit=off}, {@code jit=on},
 * {@code jit-threshold=1}).
 */
class JavaInteropTest {
    private static final List<Map<String, String>> MODES = List.of(Map.of("jit", "off"), Map.of("jit", "on"),
            Map.of("jit-threshold", "1"));

    /** What a run printed and returned. */
    record Result(int status, String out, String err) {}

    static Result run(String source, Map<String, String> xOptions, Set<Permission> permissions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterOptions options = new InterpreterOptions(List.of("<string>"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                xOptions).withPermissions(permissions);
        int status = new ProgramRunner(options).runSource(ProgramRunner.utf8(source), "<string>");
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Stream<Arguments> inModes(String name) {
        return MODES.stream().map(m -> Arguments.of(name, m));
    }

    static Stream<Arguments> snippets() {
        return SNIPPETS.keySet().stream().flatMap(JavaInteropTest::inModes);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("snippets")
    void snippetPrintsWhatJavaDocumentationSays(String name, Map<String, String> mode) {
        String[] snippet = SNIPPETS.get(name);
        Result r = run(snippet[0], mode, Permission.all());
        assertEquals(snippet[1], r.out + r.err, name);
    }

    /** name -> {source, expected stdout followed by stderr}. */
    static final Map<String, String[]> SNIPPETS = Map.ofEntries(
        Map.entry("imports", new String[] {"""
            import java.util
            import java.io
            from java.util import ArrayList, HashMap
            from java.lang import System, Math
            print(java.util.ArrayList is ArrayList, java.io.File)
            print(ArrayList, repr(HashMap), Math.__module__, Math.__name__)
            print(java.util.function.Function)
            try:
                from java.util import NoSuchClass
            except ImportError as e:
                print(type(e).__name__, e)
            try:
                import java.nosuchpackage
            except ImportError as e:
                print(type(e).__name__, e)
            """, """
            True <class 'java.io.File'>
            <class 'java.util.ArrayList'> <class 'java.util.HashMap'> java.lang Math
            <class 'java.util.function.Function'>
            ImportError cannot import name 'NoSuchClass' from 'java.util' (unknown location)
            ModuleNotFoundError No module named 'java.nosuchpackage'
            """}),
        Map.entry("python package of the same name wins", new String[] {"""
            import sys, types
            class Finder:
                def find_spec(self, name, path, target=None):
                    if name == 'javax':
                        import importlib.machinery
                        return importlib.machinery.ModuleSpec(name, self)
                def create_module(self, spec):
                    m = types.ModuleType(spec.name)
                    m.mine = True
                    return m
                def exec_module(self, m):
                    pass
            sys.meta_path.insert(0, Finder())
            import javax
            print(javax.mine, type(sys.meta_path[-1]).__name__)
            """, """
            True JavaImporter
            """}),
        Map.entry("statics and fields", new String[] {"""
            from java.lang import Math, Integer, Long, System, String
            print(Math.max(1, 2), Math.max(1.5, 2), Math.PI, Math.abs(-7))
            print(Integer.MAX_VALUE, Long.MIN_VALUE, Integer.toString(255, 16), Integer.parseInt("42") + 1)
            print(System.getProperty("no.such.property"), System.getProperty("no.such", "dflt"))
            print(String.valueOf(True), String.format("%s-%d-%.1f", "a", 7, 2.25), String.join(",", ["x", "y"]))
            from java.awt import Point
            p = Point(1, 2)
            p.x = 10
            print(p.x, p.y, p.getX(), p)
            try:
                p.y = "no"
            except TypeError as e:
                print(e)
            try:
                Integer.MAX_VALUE = 1
            except TypeError as e:
                print(e)
            """, """
            2 2.0 3.141592653589793 7
            2147483647 -9223372036854775808 ff 43
            None dflt
            true a-7-2.3 x,y
            10 2 10.0 java.awt.Point[x=10,y=2]
            Java field java.awt.Point.y is of type int, not 'str'
            cannot set 'MAX_VALUE' attribute of immutable type 'java.lang.Integer'
            """}),
        Map.entry("overloads", new String[] {"""
            from java.lang import StringBuilder, Math, String, Character
            from java.util import ArrayList
            sb = StringBuilder()
            sb.append("s").append(1).append(2.5).append(True).append(None).append("c")
            print(sb, sb.length())
            l = ArrayList(["a", "b", "c"])
            l.remove(0)          # remove(int): by index
            l.remove("c")        # remove(Object)
            print(l)
            print(Math.abs(-2**40), Math.round(2.5), Character.isDigit("7"), Character.toUpperCase("q"))
            print(String.valueOf(["h", "i"]) if False else String.copyValueOf(["h", "i"]))
            try:
                Math.max("a", 1)
            except TypeError as e:
                print(e)
            try:
                Math.max(1, 2, 3)
            except TypeError as e:
                print(e)
            try:
                Math.max(a=1)
            except TypeError as e:
                print(e)
            """, """
            s12.5truenullc 14
            [b]
            1099511627776 3 True Q
            hi
            java.lang.Math.max(): no overload matches the arguments (str, int); candidates: max(double, double), max(float, float), max(int, int), max(long, long)
            java.lang.Math.max(): no overload matches the arguments (int, int, int); candidates: max(double, double), max(float, float), max(int, int), max(long, long)
            java.lang.Math.max() takes no keyword arguments
            """}),
        Map.entry("collections", new String[] {"""
            from java.util import ArrayList, HashMap, LinkedHashMap, TreeSet, List, Collection, Arrays
            l = ArrayList()
            for x in (3, 1, 2):
                l.add(x)
            print(len(l), l[0], l[-1], 2 in l, 9 in l, list(l), l[1:], l[::-1])
            l[0] = 30
            del l[1]
            print(l, isinstance(l, List), isinstance(l, Collection), type(l))
            try:
                l[5]
            except IndexError as e:
                print("IndexError", e)
            m = LinkedHashMap()
            m["one"] = 1
            m.put("two", 2)
            print(len(m), m["one"], m.get("two"), "two" in m, [k for k in m], m)
            try:
                m["three"]
            except KeyError as e:
                print("KeyError", e)
            del m["one"]
            print(m, bool(m), bool(HashMap()))
            s = TreeSet(["b", "a", "c"])
            print(s, s.first(), [x for x in s])
            print(ArrayList([1, 2]) == Arrays.asList(1, 2), hash(s) == s.hashCode(), str(s))
            it = l.iterator()
            print(next(it), next(it), next(it, "end"))
            """, """
            3 3 2 True False [3, 1, 2] [1, 2] [2, 1, 3]
            [30, 2] True True <class 'java.util.ArrayList'>
            IndexError java.util.ArrayList index out of range
            2 1 2 True ['one', 'two'] {one=1, two=2}
            KeyError 'three'
            {two=2} True False
            [a, b, c] a ['a', 'b', 'c']
            True True [a, b, c]
            30 2 end
            """}),
        Map.entry("arrays", new String[] {"""
            from java.lang import String
            from java.util import Arrays
            a = String.toCharArray("hello")
            print(type(a), len(a), a[0], a[-1], list(a), "l" in a)
            ints = String.getBytes("x", "UTF-8")
            print(type(ints).__name__, list(ints))
            ints[0] = 65
            print(list(ints), list(ints[::-1]))
            try:
                ints[0] = "no"
            except TypeError as e:
                print(e)
            from java.io import ByteArrayInputStream, ByteArrayOutputStream
            s = ByteArrayInputStream(b"abc")
            print(s.read(), s.available())
            o = ByteArrayOutputStream()
            o.write(b"xyz", 0, 3)
            o.write(bytearray(b"!"))
            print(o.toString(), list(o.toByteArray()), bytes(o.toByteArray()), Arrays.toString(b"\\x01\\xff"))
            """, """
            <class 'char[]'> 5 h o ['h', 'e', 'l', 'l', 'o'] True
            byte[] [120]
            [65] [65]
            cannot store 'str' in a Java byte[]
            97 2
            xyz! [120, 121, 122, 33] b'xyz!' [1, -1]
            """}),
        Map.entry("exceptions", new String[] {"""
            import java
            from java.lang import Integer, IllegalStateException, RuntimeException
            from java.util import ArrayList
            try:
                Integer.parseInt("zz")
            except java.lang.NumberFormatException as e:
                print(type(e).__name__, e, e.getMessage(), isinstance(e, RuntimeException))
            try:
                ArrayList().get(3)
            except Exception as e:
                print(type(e), e.args)
            try:
                raise IllegalStateException("boom")
            except RuntimeException as e:
                print(repr(e.getMessage()), issubclass(IllegalStateException, Exception))
            try:
                raise IllegalStateException()
            except IllegalStateException as e:
                print(repr(str(e)), e.getMessage())
            Integer.parseInt("x")
            """, """
            NumberFormatException For input string: "zz" For input string: "zz" True
            <class 'java.lang.IndexOutOfBoundsException'> ('Index 3 out of bounds for length 0',)
            'boom' True
            '' None
            Traceback (most recent call last):
              File "<string>", line 20, in <module>
            java.lang.NumberFormatException: For input string: "x"
            """}),
        Map.entry("with closes", new String[] {"""
            from java.io import StringReader, BufferedReader, IOException
            r = BufferedReader(StringReader("one\\ntwo"))
            with r as f:
                print(f.readLine())
            try:
                r.readLine()
            except IOException as e:
                print("closed:", e)
            """, """
            one
            closed: Stream closed
            """}),
        Map.entry("views and values", new String[] {"""
            from java.lang.reflect import Array
            from java.lang import String, Integer, Object, Comparable
            from java.util import Map, HashMap, ArrayList, Optional
            from java.math import BigDecimal, BigInteger
            a = Array.newInstance(String, 3)
            a[0] = "x"
            print(type(a), list(a), len(a), list(Array.newInstance(Integer.TYPE, 2)))
            d1, d2 = BigDecimal("1.5"), BigDecimal("2.25")
            print(d1 < d2, d1 >= d2, d1 == BigDecimal("1.5"), d1.add(d2), sorted([d2, d1]), hash(d1) == d1.hashCode())
            print(BigInteger("1180591620717411303424") + 1, BigInteger.ONE, BigInteger.valueOf(2**63 - 1))
            try:
                BigInteger.valueOf(2**63)
            except TypeError as e:
                print(e)
            for e in HashMap({"a": 1}).entrySet():
                print(e.getKey(), e.getValue(), isinstance(e, Map.Entry), Map.Entry)
            print(Optional.of(5).map(lambda x: x * 2).get(), Optional.empty().orElse("none"))
            o = Object()
            print(isinstance(o, Object), o == o, o.equals(o), o == Object(), type(o.hashCode()))
            print(isinstance(ArrayList(), Comparable), issubclass(String, Comparable), isinstance(ArrayList(), Object))
            print(ArrayList.__mro__[:4])
            print(ArrayList([1]).add, ArrayList.add, ArrayList.size(ArrayList([7])))
            print(ArrayList([1, 2, 3]).subList(1, 3), String.CASE_INSENSITIVE_ORDER.compare("a", "A"))
            py = object()
            l = ArrayList([py])
            print(l.get(0) is py, l.contains(py), l.indexOf(py))
            """, """
            <class 'java.lang.String[]'> ['x', None, None] 3 [0, 0]
            True False True 3.75 [1.5, 2.25] True
            1180591620717411303425 1 9223372036854775807
            java.math.BigInteger.valueOf(): no overload matches the arguments (int); candidates: valueOf(long)
            a 1 True <class 'java.util.Map$Entry'>
            10 none
            True True True False <class 'int'>
            False True True
            (<class 'java.util.ArrayList'>, <class 'java.util.AbstractList'>, <class 'java.util.AbstractCollection'>, <class 'java.util.List'>)
            <bound java method java.util.ArrayList.add> <java method java.util.ArrayList.add> 1
            [2, 3] 0
            True True 0
            """}),
        Map.entry("interfaces by name and executors", new String[] {"""
            from java.util.concurrent import Executors, TimeUnit, Callable
            from java.util import Iterator, ArrayList, Comparator
            ex = Executors.newFixedThreadPool(2)
            futures = [ex.submit(lambda i=i: i * i) for i in range(5)]   # submit(Callable): values
            print([f.get() for f in futures])
            ex.shutdown()
            print(ex.awaitTermination(5, TimeUnit.SECONDS))
            class Count:
                def __init__(self):
                    self.n = 0
                def hasNext(self):
                    return self.n < 3
                def next(self):
                    self.n += 1
                    return self.n
            it = Iterator(Count())
            print(isinstance(it, Iterator), it.hasNext(), it.next(), [x for x in it])
            class Descending:
                def compare(self, a, b):
                    return b - a
            l = ArrayList([3, 1, 2])
            l.sort(Descending())
            print(l, Comparator.naturalOrder().reversed().compare(1, 2))
            print(Callable(lambda: "called").call())
            try:
                Iterator(object())
            except TypeError as e:
                print(e)
            """, """
            [0, 1, 4, 9, 16]
            True
            True True 1 [2, 3]
            [3, 2, 1] 1
            called
            cannot create 'java.util.Iterator' instances: it is an interface
            """}),
        Map.entry("keyword names, streams, exceptions back to Java", new String[] {"""
            from java.lang import System, Runnable, IllegalStateException
            from java.time import Instant
            from java.util import ArrayList
            from java.util.concurrent import CompletableFuture, ExecutionException
            print(System.in_.__class__.__name__, Instant.from_(Instant.EPOCH))
            print([x * 2 for x in ArrayList([1, 2, 3]).stream()])
            def fail():
                raise IllegalStateException("from python")
            try:
                CompletableFuture.runAsync(fail).get()
            except ExecutionException as e:
                print("Java saw", e.getCause().getClass().getName(), e.getCause().getMessage())
            def python_error():
                raise KeyError("k")
            try:
                Runnable(python_error).run()
            except KeyError as e:
                print("KeyError", e)
            """, """
            BufferedInputStream 1970-01-01T00:00:00Z
            [2, 4, 6]
            Java saw java.lang.IllegalStateException from python
            KeyError 'k'
            """}),
        Map.entry("functional interfaces", new String[] {"""
            from java.util import ArrayList, Comparator
            from java.lang import Runnable, Thread
            from java.util.concurrent.atomic import AtomicInteger
            l = ArrayList([5, 3, 9, 1])
            l.sort(lambda a, b: a - b)
            print(l)
            l.sort(Comparator.reverseOrder())
            print(l)
            l.forEach(print)
            print(l.stream().filter(lambda x: x > 2).count(), l.removeIf(lambda x: x % 3))
            print(l)
            Runnable(lambda: print("ran")).run()
            def boom(a, b):
                raise ValueError("from python")
            try:
                l.sort(boom)
            except ValueError as e:
                print("ValueError", e)
            n = AtomicInteger()
            def work():
                for i in range(500):
                    n.incrementAndGet()
            threads = [Thread(work) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(n.get())
            """, """
            [1, 3, 5, 9]
            [9, 5, 3, 1]
            9
            5
            3
            1
            3 True
            [9, 3]
            ran
            ValueError from python
            1500
            """})
    );

    static Stream<Arguments> modes() {
        return MODES.stream().map(Arguments::of);
    }

    /**
     * Every public method of a few JDK classes, through the class and an instance, with odd
     * arguments: each call returns or raises a Python exception (TypeError for no overload, the
     * Java exception's class otherwise); none escapes as a Java exception (an internal error).
     */
    @org.junit.jupiter.api.Test
    void oddCallsEndInPythonExceptions() {
        Result r = run("""
                from java.util import ArrayList, HashMap, Arrays, Collections, TreeMap, Optional
                from java.lang import String, Math, Integer, StringBuilder, Character, Object
                from java.math import BigDecimal
                args = [(), (None,), (1,), ("a",), ([1],), (1, 2), (-1,), (2**70,), (1.5,), (True,), ({"a": 1},),
                        (lambda *a: 0,), (object(),), ("a", "b"), (None, None), (0, "x", 3)]
                skip = {"wait", "notify", "notifyAll"}
                calls = 0
                kinds = set()
                for cls in [ArrayList, HashMap, Arrays, Collections, TreeMap, Optional, String, Math, Integer,
                            StringBuilder, Character, BigDecimal, Object]:
                    try:
                        targets = [cls, cls()]
                    except Exception:
                        targets = [cls]
                    for name in dir(cls):
                        if name.startswith("_") or name in skip:
                            continue
                        for target in targets:
                            f = getattr(target, name, None)
                            if callable(f):
                                for a in args:
                                    calls += 1
                                    try:
                                        f(*a)
                                    except Exception as e:
                                        kinds.add(type(e).__name__)
                print(calls > 5000, "TypeError" in kinds, "NullPointerException" in kinds)
                """, Map.of(), Permission.all());
        assertEquals("True True True\n", r.out + r.err);
    }

    /** A host embedding Taipan makes its own packages importable through the builder's {@code -X} option. */
    @org.junit.jupiter.api.Test
    void embeddingHostAddsItsPackages() {
        try (org.taipan.embed.PythonInterpreter py = org.taipan.embed.PythonInterpreter.builder()
                .xOption(JavaImporter.PACKAGES_OPTION, "org.taipan.javainterop").build()) {
            py.exec("from org.taipan.javainterop import JavaImporter\n"
                    + "from java.util import ArrayList\n"
                    + "l = ArrayList([1, 2])\n"
                    + "l.forEach(lambda x: l.size())\n");
            assertEquals("JavaImporter 2", py.eval("JavaImporter.__name__ + ' ' + str(len(l))"));
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void sandboxRefusesJava(Map<String, String> mode) {
        Result r = run("""
                try:
                    import java.util
                except PermissionError as e:
                    print(e)
                try:
                    __import__('javax.swing')
                except PermissionError as e:
                    print(e)
                import sys, types
                finder = sys.meta_path[-1]
                m = types.ModuleType('java.lang')
                try:
                    finder.exec_module(m)
                except PermissionError as e:
                    print(e)
                print(finder.find_spec('jav', None), finder.find_spec('javafx', None))
                """, mode, Permission.none());
        assertEquals("sandboxed interpreter: import java needs the JAVA permission\n"
                + "sandboxed interpreter: import javax needs the JAVA permission\n"
                + "sandboxed interpreter: import java.lang needs the JAVA permission\n"
                + "None None\n", r.out + r.err);
    }

    @ParameterizedTest
    @MethodSource("modes")
    void hostPrefixesAreImportable(Map<String, String> mode) {
        Map<String, String> x = new java.util.HashMap<>(mode);
        x.put(JavaImporter.PACKAGES_OPTION, "org.taipan.javainterop");
        Result r = run("""
                from org.taipan.javainterop import JavaImporter
                import org.taipan
                print(JavaImporter.__name__, org.taipan.javainterop.JavaImporter is JavaImporter)
                try:
                    import org.junit
                except ImportError as e:
                    print(e)
                """, x, Permission.all());
        assertEquals("JavaImporter True\nNo module named 'org.junit'\n", r.out + r.err);
    }
}
