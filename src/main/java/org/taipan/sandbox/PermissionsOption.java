package org.taipan.sandbox;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.taipan.runtime.Permission;

/**
 * The command line's {@code -X permissions=LIST}: run the program in a sandbox with only the
 * listed permissions. LIST is {@code none} or comma-separated permission names, in any case
 * ({@code -X permissions=file_system,network}); without the option every permission is granted, as
 * CPython has no such restriction. The command line refuses a name it does not know
 * ({@link #unknownName}); {@link #parse} still fails closed on one, granting nothing for it.
 */
public final class PermissionsOption {
    /** The {@code -X} option's name. */
    public static final String NAME = "permissions";

    private PermissionsOption() {}

    /**
     * The first item of a {@code -X permissions} value that names no permission (nor {@code none}),
     * or null when every item is known: the command line reports it as a usage error (exit 2), as
     * it does a bad {@code -X jit} value.
     */
    public static String unknownName(String list) {
        for (String item : list.split(",", -1)) {
            String name = normalize(item);
            if (!name.equals("NONE") && EnumSet.allOf(Permission.class).stream().noneMatch(p -> p.name().equals(name))) {
                return item;
            }
        }
        return null;
    }

    private static String normalize(String item) {
        return item.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The permissions the {@code -X} options {@code xOptions} grant. */
    public static Set<Permission> parse(Map<String, String> xOptions) {
        String list = xOptions.get(NAME);
        if (list == null) {
            return Permission.all();
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (String item : list.split(",")) {
            for (Permission p : Permission.values()) {
                if (p.name().equals(normalize(item))) {
                    granted.add(p);
                }
            }
        }
        return granted;
    }
}
