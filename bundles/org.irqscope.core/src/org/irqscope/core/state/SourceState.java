// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * One interrupt source (XICS ICS entry, XIVE LISN, x86 GSI/IOAPIC input) as read from a backend.
 * Fields a backend cannot know hold the documented "absent" value (-1, or false).
 *
 * @param number global source number (sPAPR: 0x1000.. for devices, 0..0xFFF for XIVE per-CPU IPIs)
 * @param kind LSI, MSI or IPI
 * @param allocated the source exists (XICS: flags non-zero; XIVE: EAS valid)
 * @param owner device name where known, else empty
 * @param server configured target server / vCPU, -1 if none
 * @param priority configured priority (XICS 0..0xFF, XIVE 0..7 or 0xFF = masked); when masked the saved one is in
 *     savedPriority
 * @param masked masked at the source/EAS layer
 * @param savedPriority priority kept while masked (XICS), -1 if none
 * @param asserted an LSI's input line is asserted
 * @param pending the source holds an undelivered interrupt
 * @param presented P: presented to a presenter and not yet EOI'd (XICS P bit)
 * @param queued Q: a further trigger arrived while P was set
 * @param pq XIVE ESB PQ bits (0..3, P = 2, Q = 1), -1 where the architecture has no ESB
 * @param eisn XIVE effective interrupt source number (END data), -1 if none
 * @param endIndex XIVE END this source's EAS points to, -1 if none
 * @param targetingFromVmm the server/priority/mask came from the VMM's own configuration, because the kernel ABI gives
 *     no read-back (XIVE native GRP_SOURCE_CONFIG is write-only); shown as derived
 * @param count delivered-interrupt counter, -1 if the backend has none
 */
public record SourceState(int number, SourceKind kind, boolean allocated, String owner, int server, int priority,
        boolean masked, int savedPriority, boolean asserted, boolean pending, boolean presented, boolean queued,
        int pq, long eisn, int endIndex, boolean targetingFromVmm, long count) {

    public SourceState {
        if (number < 0) {
            throw new IllegalArgumentException("source number " + number + " is negative");
        }
        StateChecks.range("pq", pq, -1, 3);
        owner = owner == null ? "" : owner;
    }

    /** PQ as two characters ("00".."11"), or empty where there is none. */
    public String pqText() {
        return pq < 0 ? "" : ((pq & 2) != 0 ? "1" : "0") + ((pq & 1) != 0 ? "1" : "0");
    }

    /** A builder, since sources have many fields and most backends know only some of them. */
    public static Builder builder(int number, SourceKind kind) {
        return new Builder(number, kind);
    }

    public Builder toBuilder() {
        Builder b = new Builder(number, kind);
        b.allocated = allocated;
        b.owner = owner;
        b.server = server;
        b.priority = priority;
        b.masked = masked;
        b.savedPriority = savedPriority;
        b.asserted = asserted;
        b.pending = pending;
        b.presented = presented;
        b.queued = queued;
        b.pq = pq;
        b.eisn = eisn;
        b.endIndex = endIndex;
        b.targetingFromVmm = targetingFromVmm;
        b.count = count;
        return b;
    }

    /** Mutable builder for {@link SourceState}. */
    public static final class Builder {
        private final int number;
        private SourceKind kind;
        private boolean allocated = true;
        private String owner = "";
        private int server = -1;
        private int priority = 0xff;
        private boolean masked;
        private int savedPriority = -1;
        private boolean asserted;
        private boolean pending;
        private boolean presented;
        private boolean queued;
        private int pq = -1;
        private long eisn = -1;
        private int endIndex = -1;
        private boolean targetingFromVmm;
        private long count = -1;

        private Builder(int number, SourceKind kind) {
            this.number = number;
            this.kind = kind;
        }

        public Builder kind(SourceKind v) {
            kind = v;
            return this;
        }

        public Builder allocated(boolean v) {
            allocated = v;
            return this;
        }

        public Builder owner(String v) {
            owner = v;
            return this;
        }

        public Builder server(int v) {
            server = v;
            return this;
        }

        public Builder priority(int v) {
            priority = v;
            return this;
        }

        public Builder masked(boolean v) {
            masked = v;
            return this;
        }

        public Builder savedPriority(int v) {
            savedPriority = v;
            return this;
        }

        public Builder asserted(boolean v) {
            asserted = v;
            return this;
        }

        public Builder pending(boolean v) {
            pending = v;
            return this;
        }

        public Builder presented(boolean v) {
            presented = v;
            return this;
        }

        public Builder queued(boolean v) {
            queued = v;
            return this;
        }

        public Builder pq(int v) {
            pq = v;
            return this;
        }

        public Builder eisn(long v) {
            eisn = v;
            return this;
        }

        public Builder endIndex(int v) {
            endIndex = v;
            return this;
        }

        public Builder targetingFromVmm(boolean v) {
            targetingFromVmm = v;
            return this;
        }

        public Builder count(long v) {
            count = v;
            return this;
        }

        public SourceState build() {
            return new SourceState(number, kind, allocated, owner, server, priority, masked, savedPriority, asserted,
                    pending, presented, queued, pq, eisn, endIndex, targetingFromVmm, count);
        }
    }
}
