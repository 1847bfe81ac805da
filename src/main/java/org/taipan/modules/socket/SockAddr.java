package org.taipan.modules.socket;

import java.nio.charset.StandardCharsets;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * Socket addresses between Python and {@code struct sockaddr} (CPython's {@code getsockaddrarg}
 * and {@code makesockaddr}): {@code (host, port)} for AF_INET, {@code (host, port, flowinfo,
 * scope_id)} for AF_INET6, a path for AF_UNIX. Host names are resolved by the C library.
 */
final class SockAddr {
    private SockAddr() {}

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;

    /** The sockaddr bytes of {@code addr} for a socket of {@code family}. */
    static byte[] toBytes(int family, PyObject addr, String caller) {
        switch (family) {
            case AF_UNIX -> {
                // a str as the file system encodes it (PyUnicode_FSConverter), else any bytes-like object
                byte[] path = addr instanceof PyStr s ? org.taipan.modules.posix.FsEncoding.encode(s.toString())
                        : org.taipan.runtime.Buffers.bytesOrNull(addr);
                if (path == null) {
                    // what CPython's failed buffer request says, as getsockaddrarg asks for one
                    throw Errors.typeError("a bytes-like object is required, not '%s'", addr.type().name());
                }
                // Linux's abstract names (a leading NUL) and the empty name (autobind) go as they are,
                // up to the whole of sun_path's 108 bytes; a file's path gets a terminating NUL
                boolean abstractName = path.length == 0 || path[0] == 0;
                if (path.length > (abstractName ? 108 : 107)) {
                    throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "AF_UNIX path too long");
                }
                byte[] out = new byte[2 + path.length + (abstractName ? 0 : 1)];
                out[0] = (byte) AF_UNIX;
                System.arraycopy(path, 0, out, 2, path.length);
                return out;
            }
            case AF_INET, AF_INET6 -> {
                if (!(addr instanceof PyTuple t)) {
                    throw Errors.typeError("%s(): AF_INET%s address must be tuple, not %s", caller,
                            family == AF_INET6 ? "6" : "", addr.type().name());
                }
                PyObject[] v = t.array();
                if (family == AF_INET && v.length != 2 || family == AF_INET6 && (v.length < 2 || v.length > 4)) {
                    throw Errors.typeError(family == AF_INET ? "AF_INET address must be a pair (host, port)"
                            : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                if (!(v[0] instanceof PyStr) && !(v[0] instanceof PyBytes)) {
                    throw Errors.typeError("str, bytes or bytearray expected, not %s", v[0].type().name());
                }
                String host = v[0] instanceof PyStr s ? s.toString() : new String(((PyBytes) v[0]).bytes(),
                        StandardCharsets.UTF_8);
                long port = Abstract.index(v[1], null).longValue();
                if (port < 0 || port > 65535) {
                    throw Errors.overflow("%s(): port must be 0-65535.", caller);
                }
                byte[] ip = resolve(host, family);
                if (family == AF_INET) {
                    byte[] out = new byte[16];
                    out[0] = (byte) AF_INET;
                    out[2] = (byte) (port >> 8);
                    out[3] = (byte) port;
                    System.arraycopy(ip, 0, out, 4, 4);
                    return out;
                }
                byte[] out = new byte[28];
                out[0] = (byte) AF_INET6;
                out[2] = (byte) (port >> 8);
                out[3] = (byte) port;
                long flow = v.length > 2 ? Abstract.index(v[2], null).longValue() : 0;
                if (flow < 0 || flow > 0xfffff) {
                    throw Errors.overflow("%s(): flowinfo must be 0-1048575.", caller);
                }
                out[4] = (byte) (flow >> 24);
                out[5] = (byte) (flow >> 16);
                out[6] = (byte) (flow >> 8);
                out[7] = (byte) flow;
                System.arraycopy(ip, 0, out, 8, 16);
                long scope = v.length > 3 ? Abstract.index(v[3], null).longValue() : 0;
                out[24] = (byte) scope;
                out[25] = (byte) (scope >> 8);
                out[26] = (byte) (scope >> 16);
                out[27] = (byte) (scope >> 24);
                return out;
            }
            default -> throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, caller + "(): bad family");
        }
    }

    /**
     * The address bytes of {@code host} for {@code family}, as CPython's {@code setipaddr}: ''
     * is the wildcard, '&lt;broadcast&gt;' the IPv4 broadcast address, anything else the first
     * address the C library's resolver gives in that family.
     *
     * @throws org.taipan.runtime.PyException {@code socket.gaierror} from the resolver
     */
    static byte[] resolve(String host, int family) {
        if (host.isEmpty()) {
            return new byte[family == AF_INET ? 4 : 16];
        }
        if (host.equals("<broadcast>") && family == AF_INET) {
            return new byte[] {-1, -1, -1, -1};
        }
        byte[] sa = Resolver.firstAddress(host, family);
        return family == AF_INET ? java.util.Arrays.copyOfRange(sa, 4, 8) : java.util.Arrays.copyOfRange(sa, 8, 24);
    }

    /** {@code makesockaddr}: the Python form of {@code sockaddr} bytes. */
    static PyObject fromBytes(byte[] b) {
        if (b.length < 2) {
            return org.taipan.runtime.PyNone.NONE;
        }
        int family = (b[0] & 0xff) | (b[1] & 0xff) << 8;
        int port = b.length >= 4 ? (b[2] & 0xff) << 8 | (b[3] & 0xff) : 0;
        switch (family) {
            case AF_INET -> {
                return PyTuple.of(PyStr.of(ntop(java.util.Arrays.copyOfRange(b, 4, 8))), PyInt.of(port));
            }
            case AF_INET6 -> {
                long flow = ((b[4] & 0xffL) << 24) | ((b[5] & 0xff) << 16) | ((b[6] & 0xff) << 8) | (b[7] & 0xff);
                long scope = (b[24] & 0xffL) | ((b[25] & 0xff) << 8) | ((b[26] & 0xff) << 16) | ((b[27] & 0xffL) << 24);
                return PyTuple.of(PyStr.of(ntop(java.util.Arrays.copyOfRange(b, 8, 24))), PyInt.of(port),
                        PyInt.of(flow), PyInt.of(scope));
            }
            case AF_UNIX -> {
                int end = b.length;
                if (end > 2 && b[2] == 0) {
                    return PyBytes.of(java.util.Arrays.copyOfRange(b, 2, end));
                }
                int n = 2;
                while (n < end && b[n] != 0) {
                    n++;
                }
                return PyStr.of(org.taipan.modules.posix.FsEncoding.decode(UnixNames.reported(java.util.Arrays.copyOfRange(b, 2, n))));
            }
            default -> {
                return PyTuple.of(PyInt.of(family), PyBytes.of(java.util.Arrays.copyOfRange(b, 2, b.length)));
            }
        }
    }

    /** {@code inet_ntop}: dotted quad, or RFC 5952 text for 16 bytes (longest zero run as {@code ::}). */
    static String ntop(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (a[2 * i] & 0xff) << 8 | (a[2 * i + 1] & 0xff);
        }
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestStart == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff)) {
            // IPv4-compatible or -mapped: glibc prints the last 32 bits dotted
            String v4 = (a[12] & 0xff) + "." + (a[13] & 0xff) + "." + (a[14] & 0xff) + "." + (a[15] & 0xff);
            return bestLen == 6 ? "::" + v4 : "::ffff:" + v4;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}
