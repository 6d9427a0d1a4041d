package org.danvan.platform.persistence.internal;

/** Rethrows what a unit of work threw exactly as it was, checked or not. */
final class Exceptions {

    private Exceptions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable failure) throws T {
        throw (T) failure;
    }
}
