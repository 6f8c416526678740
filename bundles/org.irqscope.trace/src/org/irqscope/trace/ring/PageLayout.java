// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.ring;

import java.util.List;

import org.irqscope.trace.format.FieldFormat;
import org.irqscope.trace.format.TraceFormatException;

/**
 * Where a ring-buffer page keeps its base timestamp, its commit word and its data, from
 * {@code events/header_page}.
 *
 * @param timestampOffset offset of the page's base timestamp (u64)
 * @param commitOffset offset of the commit word (bytes of data written, flags in bits 31 and 30)
 * @param commitSize 8 on 64-bit kernels (local_t), 4 on 32-bit ones
 * @param dataOffset where the first event header is
 */
public record PageLayout(int timestampOffset, int commitOffset, int commitSize, int dataOffset) {

    /** @throws TraceFormatException when header_page lacks one of the three fields or has sizes this cannot read */
    public static PageLayout of(List<FieldFormat> headerPage) throws TraceFormatException {
        FieldFormat ts = find(headerPage, "timestamp");
        FieldFormat commit = find(headerPage, "commit");
        FieldFormat data = find(headerPage, "data");
        if (ts.size() != 8) {
            throw new TraceFormatException("header_page timestamp is " + ts.size() + " bytes, expected 8");
        }
        if (commit.size() != 8 && commit.size() != 4) {
            throw new TraceFormatException("header_page commit is " + commit.size() + " bytes, expected 4 or 8");
        }
        return new PageLayout(ts.offset(), commit.offset(), commit.size(), data.offset());
    }

    private static FieldFormat find(List<FieldFormat> fields, String name) throws TraceFormatException {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(
                () -> new TraceFormatException("header_page has no '" + name + "' field; the ring-buffer page "
                        + "layout of this kernel is unknown to irqscope"));
    }
}
