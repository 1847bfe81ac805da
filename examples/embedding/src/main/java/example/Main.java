package example;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.taipan.embed.PythonException;
import org.taipan.embed.PythonExit;
import org.taipan.embed.PythonInterpreter;
import org.taipan.embed.PythonObject;

/** Embeds Taipan two ways: the direct API (org.taipan.embed) and JSR-223 (javax.script). */
public final class Main {
    public static void main(String[] args) throws Exception {
        directApi();
        scriptEngine();
    }

    static void directApi() {
        System.out.println("== direct API");
        try (PythonInterpreter py = PythonInterpreter.builder().argv(List.of("example")).build()) {
            System.out.println("6 * 7 = " + py.eval("6 * 7"));
            System.out.println("2 ** 100 = " + py.eval("2 ** 100"));

            py.exec("""
                    def stats(xs, scale=1):
                        return {'n': len(xs), 'total': sum(xs) * scale, 'max': max(xs)}
                    """);
            PythonObject stats = py.getObject("stats");
            System.out.println("stats = " + stats.call(List.of(List.of(3, 1, 4, 1, 5)), Map.of("scale", 10)));

            py.set("cities", List.of("Oslo", "Lima", "Pune"));
            py.exec("lengths = {c: len(c) for c in cities}\nprint('printed by Python:', sorted(cities))");
            System.out.println("lengths = " + py.get("lengths"));

            PythonObject json = py.importModule("json");
            System.out.println("json.dumps = " + json.getAttr("dumps").call(Map.of("ok", true)));

            try {
                py.exec("def parse(s):\n    return int(s)\n\nparse('forty-two')");
            } catch (PythonException e) {
                System.out.println("caught " + e.pythonType() + ": " + e.pythonMessage());
                System.out.print(e.tracebackText());
            }
            try {
                py.exec("import sys\nsys.exit(3)");
            } catch (PythonExit e) {
                System.out.println("SystemExit with status " + e.exitCode() + "; the JVM lives on");
            }
        }
    }

    static void scriptEngine() throws Exception {
        System.out.println("== JSR-223");
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.put("greeting", "hello");
        Object result = engine.eval("""
                def shout(s):
                    return s.upper() + '!'
                print(shout(greeting))
                words = greeting.split('l')
                len(words)
                """);
        System.out.println("eval returned " + result + ", words = " + engine.get("words"));
        System.out.println("script printed: " + out.toString().strip());
        System.out.println("invokeFunction: " + ((Invocable) engine).invokeFunction("shout", "taipan"));
    }
}
