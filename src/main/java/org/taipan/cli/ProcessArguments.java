package org.taipan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.modules.posix.FsEncoding;

/**
 * The command line's arguments as Python reads them: the bytes the kernel passed, decoded as
 * {@code os.fsdecode} does (CPython's {@code Py_DecodeLocale} in UTF-8 mode), so that an argument
 * which is not UTF-8 reaches {@code sys.argv} with its bytes escaped and {@code os.fsencode} gives
 * them back. The JVM decodes {@code main}'s arguments with the locale's charset instead, putting
 * U+FFFD or '?' where such bytes were; on Linux {@code /proc/self/cmdline} still has them.
 */
final class ProcessArguments {
    private ProcessArguments() {}

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    /**
     * {@code args} (what the JVM gave {@code main}) with each argument decoded again from the
     * process's own command line when some argument may have lost bytes; {@code args} as they are
     * when all are ASCII, or when the command line cannot be read or does not end with arguments
     * that match them.
     */
    static String[] exact(String[] args) {
        if (Arrays.stream(args).allMatch(ProcessArguments::plainAscii)) {
            return args;
        }
        List<byte[]> all;
        try {
            all = split(Files.readAllBytes(CMDLINE));
        } catch (IOException | RuntimeException e) {
            return args;
        }
        if (all.size() < args.length) {
            return args;
        }
        // main's arguments are the command line's last ones (the java launcher's own come first)
        List<byte[]> mine = all.subList(all.size() - args.length, all.size());
        String[] exact = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] raw = mine.get(i);
            boolean ascii = true;
            for (byte b : raw) {
                ascii &= b >= 0;
            }
            String decoded = FsEncoding.decode(raw);
            if (ascii && !decoded.equals(args[i])) {
                return args; // not the arguments we were given: keep the JVM's reading
            }
            exact[i] = decoded;
        }
        return exact;
    }

    /** ASCII without '?', which a charset that cannot decode a byte may put in its place. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '?') {
                return false;
            }
        }
        return true;
    }

    /** The NUL-terminated strings of {@code /proc/self/cmdline}. */
    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            parts.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return parts;
    }
}
