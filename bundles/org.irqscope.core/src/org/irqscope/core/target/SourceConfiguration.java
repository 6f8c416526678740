// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.OptionalInt;

/** A change to a source's configuration; absent fields are left as they are. */
public record SourceConfiguration(int source, OptionalInt priority, OptionalInt server,
        java.util.Optional<Boolean> masked) {
}
