// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

/**
 * A {@code run} script command failed; the message names the script, the line, the command and why. The cause (a
 * {@link org.irqscope.core.target.TargetException} mostly) decides the exit code.
 */
public final class ScriptException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ScriptException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The 1-based script line of the command that failed. */
    public int line() {
        return line;
    }
}
