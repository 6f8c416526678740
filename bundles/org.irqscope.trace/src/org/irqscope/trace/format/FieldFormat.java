// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.format;

/**
 * One field line of a tracefs event {@code format} file: {@code field:__u32 apicid; offset:8; size:4; signed:0;}.
 *
 * @param type the C type as the kernel prints it ("__u32", "unsigned int", "bool")
 * @param name the field name
 * @param offset byte offset in the event record
 * @param size byte size
 * @param signed whether the kernel marks it signed
 */
public record FieldFormat(String type, String name, int offset, int size, boolean signed) {
}
