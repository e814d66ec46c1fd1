package org.isms4j.oscal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs of version 5 (RFC 4122 §4.3, SHA-1), the kind OSCAL accepts beside random
 * ones: the same namespace and name always give the same UUID, so the same input gives the same
 * document. {@link UUID#nameUUIDFromBytes(byte[])} makes version 3, which OSCAL's schemas refuse.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class NameBasedUuid {

    /** The namespace of isms4j's OSCAL documents: version 5 of the URL namespace and {@code https://isms4j.org/ns/oscal}. */
    public static final UUID ISMS4J = of(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "https://isms4j.org/ns/oscal");

    private NameBasedUuid() {}

    /**
     * Returns the version 5 UUID of a name in a namespace.
     *
     * @param namespace the namespace, not null
     * @param name the name, not null
     * @return the UUID, not null
     */
    public static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
