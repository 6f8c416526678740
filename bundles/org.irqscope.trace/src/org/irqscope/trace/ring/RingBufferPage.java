// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.ring;

import java.nio.ByteBuffer;

import org.irqscope.trace.format.TraceFormatException;

/**
 * Decodes one page read from {@code per_cpu/cpuN/trace_pipe_raw}: the page header gives a base timestamp and the
 * committed length, then compressed event headers follow (events/header_event: type_len 5 bits, time_delta 27 bits,
 * then array). type_len 1..28 is a data record of type_len × 4 bytes; 0 a data record whose length is in array[0];
 * 29 padding; 30 a time extend (delta = array[0] << 27 + time_delta); 31 an absolute time stamp. Timestamps are
 * the trace clock's, in nanoseconds for "mono". Allocation-free: records are handed out as offsets into the page.
 */
public final class RingBufferPage {
    /** Commit flag: events were lost before this page (ring_buffer.c RB_MISSED_EVENTS). */
    static final long MISSED_EVENTS = 1L << 31;
    /** Commit flag: the lost count is stored after the data (RB_MISSED_STORED). */
    static final long MISSED_STORED = 1L << 30;
    private static final int TYPE_PADDING = 29;
    private static final int TYPE_TIME_EXTEND = 30;
    private static final int TYPE_TIME_STAMP = 31;
    private static final int TS_SHIFT = 27;
    /** The top bits an absolute time stamp does not carry (ring_buffer.c TS_MSB). */
    private static final long TS_MSB = 0xf8L << 56;

    /** Receives each data record of a page. */
    public interface RecordSink {
        /**
         * @param page the page buffer (its byte order is the kernel's)
         * @param offset the record's first byte (common_type)
         * @param length the record's bytes (may include alignment padding)
         */
        void record(long timeNanos, ByteBuffer page, int offset, int length);
    }

    private RingBufferPage() {
    }

    /**
     * Decodes {@code page[0, limit)} and returns the events the kernel reports lost before it: 0 none, -1 lost but
     * not counted, else the count.
     *
     * @throws TraceFormatException when an event header runs past the committed data (a corrupt or foreign page)
     */
    public static long decode(ByteBuffer page, int limit, PageLayout layout, RecordSink sink)
            throws TraceFormatException {
        if (limit < layout.dataOffset()) {
            throw new TraceFormatException("ring-buffer page of " + limit + " bytes is shorter than its header ("
                    + layout.dataOffset() + ")");
        }
        long ts = page.getLong(layout.timestampOffset());
        long commit = layout.commitSize() == 8
                ? page.getLong(layout.commitOffset())
                : page.getInt(layout.commitOffset()) & 0xffff_ffffL;
        long length = commit & ~(MISSED_EVENTS | MISSED_STORED) & 0xffff_ffffL;
        int end = layout.dataOffset() + (int) Math.min(length, Integer.MAX_VALUE);
        if (end > limit) {
            throw new TraceFormatException("ring-buffer page commits " + length + " bytes of data but only "
                    + (limit - layout.dataOffset()) + " were read");
        }
        long missed = 0;
        if ((commit & MISSED_EVENTS) != 0) {
            missed = -1;
            if ((commit & MISSED_STORED) != 0 && end + layout.commitSize() <= limit) {
                missed = layout.commitSize() == 8 ? page.getLong(end) : page.getInt(end) & 0xffff_ffffL;
            }
        }
        int pos = layout.dataOffset();
        while (pos + 4 <= end) {
            int header = page.getInt(pos);
            int typeLen = header & 0x1f;
            long delta = (header >>> 5) & 0x7ff_ffffL;
            int size;
            switch (typeLen) {
                case TYPE_PADDING -> {
                    if (delta == 0) {
                        return missed; // a null event: the rest of the page is unused
                    }
                    size = 4 + arrayWord(page, pos, end);
                }
                case TYPE_TIME_EXTEND -> {
                    ts += ((long) arrayWord(page, pos, end) << TS_SHIFT) + delta;
                    size = 8;
                }
                case TYPE_TIME_STAMP -> {
                    long abs = ((long) arrayWord(page, pos, end) << TS_SHIFT) | delta;
                    ts = (ts & TS_MSB) | abs;
                    size = 8;
                }
                case 0 -> {
                    int n = arrayWord(page, pos, end);
                    ts += delta;
                    size = 4 + n;
                    check(pos, size, end);
                    sink.record(ts, page, pos + 8, n - 4);
                }
                default -> {
                    ts += delta;
                    size = 4 + typeLen * 4;
                    check(pos, size, end);
                    sink.record(ts, page, pos + 4, typeLen * 4);
                }
            }
            if (size < 4) {
                throw new TraceFormatException("ring-buffer event at page offset " + pos + " has length " + size);
            }
            pos += size;
        }
        return missed;
    }

    private static int arrayWord(ByteBuffer page, int pos, int end) throws TraceFormatException {
        check(pos, 8, end);
        return page.getInt(pos + 4);
    }

    private static void check(int pos, int size, int end) throws TraceFormatException {
        if (size < 0 || pos + size > end) {
            throw new TraceFormatException("ring-buffer event at page offset " + pos + " (" + size
                    + " bytes) runs past the committed data (" + end + ")");
        }
    }
}
