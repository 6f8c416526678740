// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** How a source signals: level-sensitive, message-signalled (edge) or an inter-processor interrupt. */
public enum SourceKind {
    LSI, MSI, IPI
}
