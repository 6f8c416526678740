// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.format;

/** A tracefs format file or ring-buffer page that does not have the shape this reader decodes. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }
}
