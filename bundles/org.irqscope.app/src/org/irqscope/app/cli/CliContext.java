// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;

/**
 * What a subcommand works with: the output streams, the registry of target providers and the directory relative
 * paths are resolved against.
 */
record CliContext(PrintStream out, PrintStream err, TargetRegistry registry, Path workingDirectory) {

    /**
     * Opens a target. A malformed URI or unknown scheme is the user's typing, so a usage error (2); an unavailable
     * facility stays a {@link TargetException} of kind UNAVAILABLE (3).
     */
    Target open(String uri) throws UsageException, TargetException {
        try {
            return registry.open(uri);
        } catch (TargetException e) {
            if (e.kind() == TargetException.Kind.INVALID_ARGUMENT) {
                throw new UsageException(e.getMessage(), e);
            }
            throw e;
        }
    }

    Path resolve(String file) {
        return workingDirectory.resolve(file);
    }
}
