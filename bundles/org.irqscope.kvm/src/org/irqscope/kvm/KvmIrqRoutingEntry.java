// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_irq_routing_entry} (48 bytes: gsi, type, flags, pad, then a 32-byte union) — one row of the GSI
 * routing table given to KVM_SET_GSI_ROUTING (ABI fact page §1.2). The table is write-only: KVM has no
 * KVM_GET_GSI_ROUTING (§1.3).
 */
public sealed interface KvmIrqRoutingEntry {
    int SIZE = 48;
    int OFFSET_GSI = 0;
    int OFFSET_TYPE = 4;
    int OFFSET_FLAGS = 8;
    int OFFSET_PAD = 12;
    int OFFSET_UNION = 16;
    int UNION_SIZE = 32;
    /** Size of the {@code struct kvm_irq_routing} header (nr, flags) before the entries. */
    int HEADER_SIZE = 8;
    int TYPE_IRQCHIP = 1;
    int TYPE_MSI = 2;
    int TYPE_S390_ADAPTER = 3;
    int TYPE_HV_SINT = 4;
    int TYPE_XEN_EVTCHN = 5;
    /** Entry flag: the MSI devid field is valid (same value as {@link KvmMsi#VALID_DEVID}). */
    int FLAG_MSI_VALID_DEVID = 1;

    /** The global system interrupt this entry routes. */
    int gsi();

    /** {@code KVM_IRQ_ROUTING_*} type. */
    int type();

    /** Entry flags. */
    int flags();

    /** Writes the union part (32 bytes, zero-filled beyond the fields) into {@code u}, indexed from 0. */
    void encodeUnion(ByteBuffer u);

    /** GSI to an in-kernel irqchip pin (x86: 0 PIC master, 1 PIC slave, 2 IOAPIC; ppc: 0 with pin = source). */
    record Irqchip(int gsi, int irqchip, int pin) implements KvmIrqRoutingEntry {
        @Override
        public int type() {
            return TYPE_IRQCHIP;
        }

        @Override
        public int flags() {
            return 0;
        }

        @Override
        public void encodeUnion(ByteBuffer u) {
            u.putInt(0, irqchip).putInt(4, pin);
        }
    }

    /** GSI to an MSI message; {@code flags} may carry {@link #FLAG_MSI_VALID_DEVID}. */
    record Msi(int gsi, int flags, int addressLo, int addressHi, int data, int devid) implements KvmIrqRoutingEntry {
        @Override
        public int type() {
            return TYPE_MSI;
        }

        @Override
        public void encodeUnion(ByteBuffer u) {
            u.putInt(0, addressLo).putInt(4, addressHi).putInt(8, data).putInt(12, devid);
        }
    }

    /** Any other entry type (s390 adapter, Hyper-V SINT, Xen event channel), kept as its 32 raw union bytes. */
    record Other(int gsi, int type, int flags, byte[] union) implements KvmIrqRoutingEntry {
        public Other {
            FieldRange.length("kvm_irq_routing_entry union", union.length, UNION_SIZE);
            union = union.clone();
        }

        @Override
        public byte[] union() {
            return union.clone();
        }

        @Override
        public void encodeUnion(ByteBuffer u) {
            u.put(0, union);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Other x && x.gsi == gsi && x.type == type && x.flags == flags
                    && Arrays.equals(x.union, union);
        }

        @Override
        public int hashCode() {
            return ((gsi * 31 + type) * 31 + flags) * 31 + Arrays.hashCode(union);
        }

        @Override
        public String toString() {
            return "Other[gsi=" + gsi + ", type=" + type + ", flags=" + flags + "]";
        }
    }

    /** Writes the 48-byte entry at the buffer's position and advances it. */
    default void encode(ByteBuffer dst, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_irq_routing_entry", order);
        for (int i = 0; i < SIZE; i++) {
            b.put(i, (byte) 0);
        }
        b.putInt(OFFSET_GSI, gsi()).putInt(OFFSET_TYPE, type()).putInt(OFFSET_FLAGS, flags());
        encodeUnion(b.slice(OFFSET_UNION, UNION_SIZE).order(order));
    }

    /** Reads a 48-byte entry at the buffer's position and advances it. */
    static KvmIrqRoutingEntry decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_irq_routing_entry", order);
        int gsi = b.getInt(OFFSET_GSI);
        int type = b.getInt(OFFSET_TYPE);
        int flags = b.getInt(OFFSET_FLAGS);
        int u = OFFSET_UNION;
        if (type == TYPE_IRQCHIP && flags == 0) {
            return new Irqchip(gsi, b.getInt(u), b.getInt(u + 4));
        }
        if (type == TYPE_MSI) {
            return new Msi(gsi, flags, b.getInt(u), b.getInt(u + 4), b.getInt(u + 8), b.getInt(u + 12));
        }
        byte[] raw = new byte[UNION_SIZE];
        b.get(u, raw);
        return new Other(gsi, type, flags, raw);
    }

    /**
     * The whole {@code struct kvm_irq_routing}: header {@code {u32 nr; u32 flags = 0}} followed by the entries, in a
     * new buffer positioned at 0.
     */
    static ByteBuffer encodeTable(List<? extends KvmIrqRoutingEntry> entries, ByteOrder order) {
        ByteBuffer b = StructBuffer.allocate(HEADER_SIZE + SIZE * entries.size(), order);
        b.putInt(entries.size()).putInt(0);
        for (KvmIrqRoutingEntry e : entries) {
            e.encode(b, order);
        }
        return b.flip();
    }

    /** Reads a whole {@code struct kvm_irq_routing} (header and {@code nr} entries). */
    static List<KvmIrqRoutingEntry> decodeTable(ByteBuffer src, ByteOrder order) {
        ByteBuffer h = StructBuffer.take(src, HEADER_SIZE, "struct kvm_irq_routing", order);
        int nr = h.getInt(0);
        FieldRange.check("kvm_irq_routing.nr", Integer.toUnsignedLong(nr), 0, src.remaining() / SIZE);
        KvmIrqRoutingEntry[] out = new KvmIrqRoutingEntry[nr];
        for (int i = 0; i < nr; i++) {
            out[i] = decode(src, order);
        }
        return List.of(out);
    }
}
