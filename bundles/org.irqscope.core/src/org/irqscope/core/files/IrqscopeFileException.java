// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** An .irqscope file could not be written or read; the message names the file and what was wrong with it. */
public final class IrqscopeFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public IrqscopeFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public IrqscopeFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
