package org.taipan.modules.hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A running hash computation behind every hash object: the JDK's {@link MessageDigest} where
 * the JDK has the algorithm (MD5, SHA-1, SHA-2, SHA-3), {@link Blake2} and {@link Keccak}
 * (SHAKE) otherwise. {@link #digest} never disturbs the running state, as Python's
 * {@code digest()} may be called and then {@code update()} continued.
 */
abstract class HashEngine {
    /** The Python name ({@code 'sha256'}, {@code 'blake2b'}, ...). */
    abstract String name();

    /** Bytes of output ({@code 0} for SHAKE, whose length is chosen per call). */
    abstract int digestSize();

    /** The internal block size in bytes. */
    abstract int blockSize();

    abstract void update(byte[] b, int off, int len);

    /** The digest of everything so far ({@code length} bytes for SHAKE, ignored otherwise). */
    abstract byte[] digest(int length);

    abstract HashEngine copy();

    /** The engine for the OpenSSL-style name {@code name} (lower case), or null. */
    static HashEngine byName(String name) {
        return switch (name) {
            case "md5" -> jdk("md5", "MD5", 64);
            case "sha1" -> jdk("sha1", "SHA-1", 64);
            case "sha224" -> jdk("sha224", "SHA-224", 64);
            case "sha256" -> jdk("sha256", "SHA-256", 64);
            case "sha384" -> jdk("sha384", "SHA-384", 128);
            case "sha512" -> jdk("sha512", "SHA-512", 128);
            case "sha512_224" -> jdk("sha512_224", "SHA-512/224", 128);
            case "sha512_256" -> jdk("sha512_256", "SHA-512/256", 128);
            case "sha3_224" -> jdk("sha3_224", "SHA3-224", 144);
            case "sha3_256" -> jdk("sha3_256", "SHA3-256", 136);
            case "sha3_384" -> jdk("sha3_384", "SHA3-384", 104);
            case "sha3_512" -> jdk("sha3_512", "SHA3-512", 72);
            case "shake_128" -> new Keccak("shake_128", 168);
            case "shake_256" -> new Keccak("shake_256", 136);
            case "blake2b" -> Blake2.b(64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            case "blake2s" -> Blake2.s(32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            default -> null;
        };
    }

    private static HashEngine jdk(String name, String algorithm, int blockSize) {
        try {
            return new Jdk(name, MessageDigest.getInstance(algorithm), blockSize);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** A JDK {@link MessageDigest}; {@code digest()} works on a clone. */
    private static final class Jdk extends HashEngine {
        private final String name;
        private final MessageDigest md;
        private final int blockSize;

        Jdk(String name, MessageDigest md, int blockSize) {
            this.name = name;
            this.md = md;
            this.blockSize = blockSize;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        int digestSize() {
            return md.getDigestLength();
        }

        @Override
        int blockSize() {
            return blockSize;
        }

        @Override
        void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        byte[] digest(int length) {
            return clone(md).digest();
        }

        @Override
        HashEngine copy() {
            return new Jdk(name, clone(md), blockSize);
        }

        private static MessageDigest clone(MessageDigest md) {
            try {
                return (MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " digest cannot be cloned", e);
            }
        }
    }
}
