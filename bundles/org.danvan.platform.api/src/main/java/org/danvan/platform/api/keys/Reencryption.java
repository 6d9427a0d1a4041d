package org.danvan.platform.api.keys;

/**
 * A bundle's data encrypted with one purpose's ring, registered as a service so {@code danvan:key-reencrypt} can
 * move it to the active key after a rotation.
 */
public interface Reencryption {

    /** The purpose whose ring encrypts this data. */
    String purpose();

    /**
     * Rewrites every value not under the active key (see {@link KeyRing#isCurrent}), in transactions, with an
     * audit entry of the bundle's own.
     *
     * @return the number of rows rewritten
     */
    int reencryptAll();
}
