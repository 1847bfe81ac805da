package org.taipan.modules.uuid;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The system's libuuid ({@code libuuid.so.1}) through the Foreign Function and Memory API: the one
 * function CPython's {@code _uuid} calls, {@code int uuid_generate_time_safe(uuid_t out)}. The
 * library is looked up once, when the class is first used; where it is missing or the JVM refuses
 * native access, {@link #UNAVAILABLE} says why and nothing is linked.
 */
final class UuidNative {
    private UuidNative() {}

    /** {@code sizeof(uuid_t)}. */
    static final int UUID_SIZE = 16;

    private static final MethodHandle GENERATE_TIME_SAFE;

    /** Why the library cannot be used, or null when it can. */
    static final String UNAVAILABLE;

    static {
        MethodHandle h = null;
        String why = null;
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup("libuuid.so.1", Arena.global());
            MemorySegment addr = lib.find("uuid_generate_time_safe")
                    .orElseThrow(() -> new UnsatisfiedLinkError("no symbol uuid_generate_time_safe"));
            h = Linker.nativeLinker().downcallHandle(addr, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        } catch (IllegalArgumentException | UnsatisfiedLinkError | IllegalCallerException e) {
            // no libuuid.so.1 on this machine, or a JVM that denies native access
            why = "libuuid is not available: " + e.getMessage();
        }
        GENERATE_TIME_SAFE = h;
        UNAVAILABLE = why;
    }

    /**
     * A time-based (version 1) UUID from the library, written into {@code out}.
     *
     * @param out 16 bytes, filled in network byte order as {@code uuid_t} holds them
     * @return the library's status: 0 when the UUID was made in a way that keeps it unique across
     *     processes (the uuidd daemon answered), -1 when it was not
     */
    static int generateTimeSafe(byte[] out) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(UUID_SIZE);
            int status = (int) GENERATE_TIME_SAFE.invokeExact(buf);
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, 0, UUID_SIZE);
            return status;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // a downcall throws nothing checked: this is a bug
            throw new IllegalStateException(e);
        }
    }
}
