// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

/**
 * A target refused or failed an operation. The message is for users: it names what was asked, what was wrong and,
 * where one exists, what to do about it.
 */
public class TargetException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the operation failed; the CLI maps these to exit codes. */
    public enum Kind {
        /** The request itself was wrong (invalid IRQ number, priority out of range, ...). */
        INVALID_ARGUMENT,
        /** This target cannot do that at all (e.g. flip an attached QEMU guest). */
        NOT_SUPPORTED,
        /** The facility is absent here (no /dev/kvm, no QEMU, socket gone). */
        UNAVAILABLE,
        /** The backend reported an error while doing it (an errno from KVM, a QMP error). */
        FAILED
    }

    private final Kind kind;

    public TargetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public TargetException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static TargetException notSupported(Target target, String operation, String why) {
        return new TargetException(Kind.NOT_SUPPORTED,
                target.uri() + " cannot " + operation + ": " + why);
    }

    public static TargetException invalid(String message) {
        return new TargetException(Kind.INVALID_ARGUMENT, message);
    }
}
