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
 * CPython has no such restriction. The parse fails closed: a name it does not know grants nothing.
 */
public final class PermissionsOption {
    /** The {@code -X} option's name. */
    public static final String NAME = "permissions";

    private PermissionsOption() {}

    /** The permissions the {@code -X} options {@code xOptions} grant. */
    public static Set<Permission> parse(Map<String, String> xOptions) {
        String list = xOptions.get(NAME);
        if (list == null) {
            return Permission.all();
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (String item : list.split(",")) {
            for (Permission p : Permission.values()) {
                if (p.name().equals(item.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    granted.add(p);
                }
            }
        }
        return granted;
    }
}
