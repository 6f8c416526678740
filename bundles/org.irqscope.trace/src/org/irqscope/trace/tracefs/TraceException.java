// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.tracefs;

/** Tracing cannot start or go on; the message says what is missing or what went wrong, in the user's words. */
public final class TraceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean facilityMissing;

    private TraceException(String message, boolean facilityMissing, Throwable cause) {
        super(message, cause);
        this.facilityMissing = facilityMissing;
    }

    /** Something this host lacks or forbids (tracefs, rights, an event): not the user's input. */
    public static TraceException unavailable(String message) {
        return new TraceException(message, true, null);
    }

    public static TraceException failed(String message, Throwable cause) {
        return new TraceException(message, false, cause);
    }

    public boolean facilityMissing() {
        return facilityMissing;
    }
}
