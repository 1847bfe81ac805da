package org.taipan.runtime;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * Random bytes from the operating system, for what CPython takes from {@code _PyOS_URandom}
 * ({@code Python/bootstrap_hash.c}): the hash secret, {@code os.urandom}, and {@code random}'s
 * seed when none is given.
 *
 * <p>Read from {@code /dev/urandom}, which is what the JDK's default {@link SecureRandom} reads on
 * Linux and macOS too, but without it: creating the first {@code SecureRandom} initializes the
 * JDK's security providers, ~25 ms of CPU at the start of every process (the hash secret is needed
 * by the first string hash). Where the device cannot be read (another system, a container without
 * it), the bytes come from a {@code SecureRandom}.
 */
public final class Entropy {
    private Entropy() {}

    private static final String DEVICE = "/dev/urandom";

    /** The open device, or null once it failed to open or read (then {@link Fallback} answers). */
    private static InputStream device;
    private static boolean deviceTried;

    /** Made only when the device is not there, so its providers are set up only then. */
    private static final class Fallback {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /**
     * Fills {@code b} with random bytes.
     *
     * @param b any length, 0 included
     */
    public static void fill(byte[] b) {
        if (b.length == 0) {
            return;
        }
        synchronized (Entropy.class) {
            InputStream in = device();
            if (in != null) {
                try {
                    if (in.readNBytes(b, 0, b.length) == b.length) {
                        return;
                    }
                } catch (IOException e) {
                    // the device failed: the fallback answers from now on
                }
                closeDevice();
            }
        }
        Fallback.RANDOM.nextBytes(b);
    }

    /**
     * Opens the device now if it is not open yet: the command line does it at start-up, so that a
     * program that later uses up its descriptors (with {@code PYTHONHASHSEED} set, nothing else
     * opens the device early) still gets random bytes, as CPython's {@code getrandom()} needs no
     * descriptor.
     */
    public static void prepare() {
        synchronized (Entropy.class) {
            device();
        }
    }

    /**
     * {@code n} random bytes.
     *
     * @param n at least 0
     */
    public static byte[] bytes(int n) {
        byte[] b = new byte[n];
        fill(b);
        return b;
    }

    private static InputStream device() {
        if (!deviceTried) {
            deviceTried = true;
            try {
                device = new FileInputStream(DEVICE);
            } catch (IOException | SecurityException e) {
                device = null;
            }
        }
        return device;
    }

    private static void closeDevice() {
        try {
            device.close();
        } catch (IOException e) {
            // nothing more to release
        }
        device = null;
    }
}
