package org.taipan.javainterop;

import java.util.HashSet;
import java.util.Set;

/**
 * Which Java packages exist and which classes load, for the import of Java packages. A package
 * exists when a module of the boot layer exports it (or a package under it, so {@code java} and
 * {@code javax} exist), or when the class loader defines it or has a directory resource for it.
 * Classes load by binary name through the thread's context class loader (else Taipan's own), not
 * initialized until used.
 */
final class JavaPackages {
    private JavaPackages() {}

    /** The exported packages of the boot layer and all their ancestors, computed once. */
    private static final Set<String> BOOT_PACKAGES = bootPackages();

    private static Set<String> bootPackages() {
        Set<String> packages = new HashSet<>();
        for (Module m : ModuleLayer.boot().modules()) {
            for (String p : m.getPackages()) {
                if (m.isExported(p)) {
                    for (String q = p; ; q = q.substring(0, q.lastIndexOf('.'))) {
                        packages.add(q);
                        if (q.indexOf('.') < 0) {
                            break;
                        }
                    }
                }
            }
        }
        return Set.copyOf(packages);
    }

    static ClassLoader loader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : JavaPackages.class.getClassLoader();
    }

    /** Whether Java package {@code name} ({@code java.util}) exists. */
    static boolean exists(String name) {
        if (BOOT_PACKAGES.contains(name)) {
            return true;
        }
        ClassLoader l = loader();
        if (l.getResource(name.replace('.', '/')) != null || l.getResource(name.replace('.', '/') + "/") != null) {
            return true;
        }
        for (Package p : l.getDefinedPackages()) {
            if (p.getName().equals(name) || p.getName().startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The class of binary name {@code name}, or null when none loads. */
    static Class<?> loadClass(String name) {
        // where Python reaches a Java class, whatever the route (the importer's find_spec checks too,
        // but its exec_module can be handed any module)
        org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.JAVA, "Java class " + name);
        try {
            return Class.forName(name, false, loader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
