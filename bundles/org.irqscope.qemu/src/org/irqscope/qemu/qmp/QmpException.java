// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

/** A QMP exchange failed; {@link #reason()} says how, the message says what in the user's words. */
public class QmpException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The ways a QMP exchange fails. */
    public enum Reason {
        /** The socket could not be reached (absent, refused, permission). */
        UNREACHABLE,
        /** The peer does not speak QMP (no or a malformed greeting, a line that is not JSON). */
        NOT_QMP,
        /** The connection closed (QEMU exited or was killed) before the reply came. */
        CLOSED,
        /** No reply within the time allowed. */
        TIMEOUT,
        /** QEMU answered with an error object. */
        COMMAND_FAILED,
        /** irqscope refused to send the command: it is not on this client's allowlist. */
        REFUSED
    }

    private final Reason reason;

    public QmpException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public QmpException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
