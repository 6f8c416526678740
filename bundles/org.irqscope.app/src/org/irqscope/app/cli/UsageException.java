// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

/** The command line itself is wrong: unknown option, missing argument, bad number. Exit code 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
