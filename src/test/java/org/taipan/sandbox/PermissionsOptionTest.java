package org.taipan.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.runtime.Permission;

class PermissionsOptionTest {
    @Test
    void absentGrantsAll() {
        assertEquals(Permission.all(), PermissionsOption.parse(Map.of()));
    }

    @Test
    void noneAndListsInAnyCase() {
        assertEquals(Permission.none(), PermissionsOption.parse(Map.of("permissions", "none")));
        assertEquals(EnumSet.of(Permission.FILE_SYSTEM, Permission.NETWORK),
                PermissionsOption.parse(Map.of("permissions", "file_system, NETWORK")));
        assertEquals(EnumSet.of(Permission.FILE_SYSTEM), PermissionsOption.parse(Map.of("permissions", "file-system")));
    }

    @Test
    void unknownNamesGrantNothing() {
        assertEquals(EnumSet.of(Permission.JAVA), PermissionsOption.parse(Map.of("permissions", "fle_system,java")));
        // a bare -X permissions is the string 'True': no permission
        assertEquals(Permission.none(), PermissionsOption.parse(Map.of("permissions", "True")));
    }

    @Test
    void commandLineNamesTheFirstUnknownItem() {
        assertEquals(null, PermissionsOption.unknownName("none"));
        assertEquals(null, PermissionsOption.unknownName("File_System, network,java,process"));
        assertEquals("filesystem", PermissionsOption.unknownName("network,filesystem"));
        assertEquals("", PermissionsOption.unknownName(""));
        assertEquals("True", PermissionsOption.unknownName("True"));
    }
}
