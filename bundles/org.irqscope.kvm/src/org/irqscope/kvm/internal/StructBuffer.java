// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cuts a structure out of a caller's buffer: a view of exactly {@code size} bytes starting at the buffer's
 * position, indexed from 0 at the structure's start, in an explicit byte order (never the buffer's own, whose
 * default is big-endian). The caller's position advances past the structure.
 */
public final class StructBuffer {
    private StructBuffer() {
    }

    /** A view of the next {@code size} bytes of {@code buf} for reading or writing a structure named {@code what}. */
    public static ByteBuffer take(ByteBuffer buf, int size, String what, ByteOrder order) {
        FieldRange.remaining(what, buf.remaining(), size);
        int start = buf.position();
        ByteBuffer view = buf.slice(start, size).order(order);
        buf.position(start + size);
        return view;
    }

    /** A fresh zeroed buffer of {@code size} bytes in {@code order}, positioned at 0. */
    public static ByteBuffer allocate(int size, ByteOrder order) {
        return ByteBuffer.allocate(size).order(order);
    }
}
