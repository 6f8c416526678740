// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

/** An input file (monitor text, a script's saved file) could not be used; the message names the file. Exit 1. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
