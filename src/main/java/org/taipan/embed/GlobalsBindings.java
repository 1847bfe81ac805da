package org.taipan.embed;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.script.Bindings;

import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * JSR-223 bindings that <em>are</em> a Python globals dict: {@code put} binds a Python global
 * (the value converted by {@link Conversions}), {@code get} reads one (converted back; functions,
 * classes and other objects as {@link PythonObject} handles), and a script's assignments are
 * visible here as soon as it has run. {@code __builtins__} is hidden (never listed, not
 * removable); keys that are not {@code str} are not listed either. Iteration works on a snapshot
 * of the keys taken when the iterator is made; {@code Iterator.remove} deletes the global.
 * Every method enters the interpreter (takes its GIL).
 */
final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
    private static final String HIDDEN = "__builtins__";

    private final PythonInterpreter owner;
    private final PyDict globals;

    GlobalsBindings(PythonInterpreter owner, PyDict globals) {
        this.owner = owner;
        this.globals = globals;
    }

    /** The dict itself, for the engine to run scripts in. */
    PyDict globals() {
        return globals;
    }

    PythonInterpreter owner() {
        return owner;
    }

    /** The Bindings contract's key checks: non-null, String, non-empty. */
    private static String key(Object k) {
        if (k == null) {
            throw new NullPointerException("key is null");
        }
        if (!(k instanceof String s)) {
            throw new ClassCastException("key is not a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return s;
    }

    /**
     * Binds global {@code name}.
     *
     * @return the previous value, converted, or null
     * @throws IllegalArgumentException when {@code value} has no Python counterpart, or for {@code __builtins__}
     */
    @Override
    public Object put(String name, Object value) {
        String k = key(name);
        if (k.equals(HIDDEN)) {
            throw new IllegalArgumentException(HIDDEN + " cannot be rebound through the bindings");
        }
        return owner.run(ts -> {
            PyStr key = PyStr.of(k);
            PyObject old = globals.getItem(key);
            globals.setItem(key, owner.toPython(value));
            return old == null ? null : owner.toJava(old);
        });
    }

    @Override
    public void putAll(Map<? extends String, ?> map) {
        for (Map.Entry<? extends String, ?> e : map.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public Object get(Object name) {
        String k = key(name);
        if (k.equals(HIDDEN)) {
            return null;
        }
        return owner.run(ts -> {
            PyObject v = globals.getItem(PyStr.of(k));
            return v == null ? null : owner.toJava(v);
        });
    }

    @Override
    public boolean containsKey(Object name) {
        String k = key(name);
        return !k.equals(HIDDEN) && owner.run(ts -> globals.containsKey(PyStr.of(k)));
    }

    @Override
    public Object remove(Object name) {
        String k = key(name);
        if (k.equals(HIDDEN)) {
            return null;
        }
        return owner.run(ts -> {
            PyStr key = PyStr.of(k);
            PyObject old = globals.getItem(key);
            if (old == null) {
                return null;
            }
            globals.delItem(key);
            return owner.toJava(old);
        });
    }

    /** The visible names, in the dict's order. */
    private List<String> names() {
        return owner.run(ts -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < globals.size(); i++) {
                if (globals.keyAt(i) instanceof PyStr s && !s.toString().equals(HIDDEN)) {
                    out.add(s.toString());
                }
            }
            return out;
        });
    }

    @Override
    public int size() {
        return names().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> keys = names().iterator();
                return new Iterator<>() {
                    private String last;

                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        last = keys.next();
                        return new SimpleEntry<>(last, get(last)) {
                            @Override
                            public Object setValue(Object value) {
                                super.setValue(value);
                                return put(getKey(), value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last == null) {
                            throw new IllegalStateException();
                        }
                        GlobalsBindings.this.remove(last);
                        last = null;
                    }
                };
            }

            @Override
            public int size() {
                return GlobalsBindings.this.size();
            }
        };
    }
}
