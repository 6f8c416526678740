// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * One immutable snapshot of a machine's interrupt state, as readers produce it from raw ABI data or monitor text.
 * No EMF here: this is the hot path. {@code ModelSync} applies it to the model in one batch.
 *
 * @param target the target's URI (e.g. {@code soft:power9?mode=xive&vcpus=4})
 * @param sequence increases by one per read of the same target
 * @param capturedAtMillis wall-clock time of the read
 * @param capabilities KVM capabilities or QEMU features found (e.g. "KVM_CAP_IRQ_XICS")
 * @param vcpus by ascending id
 * @param sources by ascending number
 * @param controllers ICS blocks, XIVE router, IOAPIC, PICs, ...
 * @param routes GSI routes and recorded MSIs
 * @param counters machine-wide counters (e.g. "inject.delivered", "inject.coalesced")
 * @param notes what the reader could not decode (kept, never dropped) and what it derived rather than read
 */
public record MachineState(String target, Arch arch, InterruptMode mode, IrqchipLocation irqchip, BackendKind backend,
        long sequence, long capturedAtMillis, Set<String> capabilities, List<VcpuState> vcpus,
        List<SourceState> sources, List<ControllerState> controllers, List<MsiRoute> routes,
        Map<String, Long> counters, List<String> notes) {

    public MachineState {
        capabilities = Set.copyOf(capabilities);
        vcpus = sortedCopy(vcpus, Comparator.comparingInt(VcpuState::id));
        sources = sortedCopy(sources, Comparator.comparingInt(SourceState::number));
        controllers = List.copyOf(controllers);
        routes = List.copyOf(routes);
        counters = Map.copyOf(counters);
        notes = List.copyOf(notes);
        for (int i = 1; i < sources.size(); i++) {
            if (sources.get(i).number() == sources.get(i - 1).number()) {
                throw new IllegalArgumentException("source " + sources.get(i).number() + " appears twice");
            }
        }
        for (int i = 1; i < vcpus.size(); i++) {
            if (vcpus.get(i).id() == vcpus.get(i - 1).id()) {
                throw new IllegalArgumentException("vCPU " + vcpus.get(i).id() + " appears twice");
            }
        }
    }

    private static <T> List<T> sortedCopy(List<T> in, Comparator<T> order) {
        for (int i = 1; i < in.size(); i++) {
            if (order.compare(in.get(i - 1), in.get(i)) > 0) {
                List<T> copy = new ArrayList<>(in);
                copy.sort(order);
                return List.copyOf(copy);
            }
        }
        return List.copyOf(in);
    }

    /**
     * This snapshot with every source, vCPU and the controller list that equals its counterpart in {@code previous}
     * replaced by that counterpart's record. Readers build fresh records on every poll; after this, an unchanged
     * record is the same object as before, so ModelSync skips it by identity on the model thread and consecutive
     * history entries share their unchanged records. Call it where the snapshot is read, off the model thread.
     *
     * @param previous the snapshot read before this one, or null
     * @return an equal snapshot, or this one when nothing could be shared
     */
    public MachineState reusingUnchanged(MachineState previous) {
        if (previous == null || previous == this) {
            return this;
        }
        List<SourceState> s = reuse(sources, previous.sources, SourceState::number);
        List<VcpuState> v = reuse(vcpus, previous.vcpus, VcpuState::id);
        List<ControllerState> c = controllers.equals(previous.controllers) ? previous.controllers : controllers;
        if (s == sources && v == vcpus && c == controllers) {
            return this;
        }
        return new MachineState(target, arch, mode, irqchip, backend, sequence, capturedAtMillis, capabilities, v, s,
                c, routes, counters, notes);
    }

    /** Merge-join of two lists ascending by key; returns {@code now} itself when no record was replaced. */
    private static <T> List<T> reuse(List<T> now, List<T> before, ToIntFunction<T> key) {
        Object[] out = null;
        int j = 0;
        for (int i = 0; i < now.size(); i++) {
            T a = now.get(i);
            int k = key.applyAsInt(a);
            while (j < before.size() && key.applyAsInt(before.get(j)) < k) {
                j++;
            }
            if (j < before.size() && key.applyAsInt(before.get(j)) == k && a != before.get(j)
                    && a.equals(before.get(j))) {
                if (out == null) {
                    out = now.toArray();
                }
                out[i] = before.get(j);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> shared = out == null ? now : (List<T>) List.of(out);
        return shared;
    }

    /** The source with this number, by binary search. */
    public Optional<SourceState> source(int number) {
        int lo = 0;
        int hi = sources.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int n = sources.get(mid).number();
            if (n < number) {
                lo = mid + 1;
            } else if (n > number) {
                hi = mid - 1;
            } else {
                return Optional.of(sources.get(mid));
            }
        }
        return Optional.empty();
    }

    public Optional<VcpuState> vcpu(int id) {
        for (VcpuState v : vcpus) {
            if (v.id() == id) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public <T extends ControllerState> List<T> controllers(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (ControllerState c : controllers) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
        }
        return out;
    }

    public Optional<IoapicState> ioapic() {
        return controllers(IoapicState.class).stream().findFirst();
    }

    public List<PicState> pics() {
        return controllers(PicState.class);
    }

    public Optional<ControllerState.XiveRouter> xiveRouter() {
        return controllers(ControllerState.XiveRouter.class).stream().findFirst();
    }

    /** A new empty builder. */
    public static Builder builder(String target, Arch arch, InterruptMode mode) {
        return new Builder(target, arch, mode);
    }

    /** Builder that readers fill while decoding. */
    public static final class Builder {
        private final String target;
        private final Arch arch;
        private final InterruptMode mode;
        private IrqchipLocation irqchip = IrqchipLocation.UNKNOWN;
        private BackendKind backend = BackendKind.FILE;
        private long sequence;
        private long capturedAtMillis = System.currentTimeMillis();
        // Filled one by one into trees; a whole set or map handed to an empty builder is kept by reference until
        // build(), whose Set.copyOf/Map.copyOf return an immutable one unchanged: a reader that reports the same
        // immutable capabilities and counters every poll copies nothing.
        private java.util.Set<String> capabilities = new java.util.TreeSet<>();
        private boolean capabilitiesShared;
        private final List<VcpuState> vcpus = new ArrayList<>();
        private final List<SourceState> sources = new ArrayList<>();
        private final List<ControllerState> controllers = new ArrayList<>();
        private final List<MsiRoute> routes = new ArrayList<>();
        private Map<String, Long> counters = new java.util.TreeMap<>();
        private boolean countersShared;
        private final List<String> notes = new ArrayList<>();

        private Builder(String target, Arch arch, InterruptMode mode) {
            this.target = target;
            this.arch = arch;
            this.mode = mode;
        }

        public Builder irqchip(IrqchipLocation v) {
            irqchip = v;
            return this;
        }

        public Builder backend(BackendKind v) {
            backend = v;
            return this;
        }

        public Builder sequence(long v) {
            sequence = v;
            return this;
        }

        public Builder capturedAtMillis(long v) {
            capturedAtMillis = v;
            return this;
        }

        public Builder capability(String v) {
            if (capabilitiesShared) {
                capabilities = new java.util.TreeSet<>(capabilities);
                capabilitiesShared = false;
            }
            capabilities.add(v);
            return this;
        }

        /** Adds every capability of {@code all}, which must not change before {@link #build()}. */
        public Builder capabilities(java.util.Collection<String> all) {
            if (capabilities.isEmpty() && all instanceof java.util.Set<String> set) {
                capabilities = set;
                capabilitiesShared = true;
            } else {
                all.forEach(this::capability);
            }
            return this;
        }

        public Builder vcpu(VcpuState v) {
            vcpus.add(v);
            return this;
        }

        public Builder source(SourceState v) {
            sources.add(v);
            return this;
        }

        public Builder controller(ControllerState v) {
            controllers.add(v);
            return this;
        }

        public Builder route(MsiRoute v) {
            routes.add(v);
            return this;
        }

        public Builder counter(String name, long value) {
            if (countersShared) {
                counters = new java.util.TreeMap<>(counters);
                countersShared = false;
            }
            counters.put(name, value);
            return this;
        }

        /** Adds every counter of {@code all}, which must not change before {@link #build()}. */
        public Builder counters(Map<String, Long> all) {
            if (counters.isEmpty()) {
                counters = all;
                countersShared = true;
            } else {
                all.forEach(this::counter);
            }
            return this;
        }

        public Builder note(String v) {
            notes.add(v);
            return this;
        }

        public MachineState build() {
            return new MachineState(target, arch, mode, irqchip, backend, sequence, capturedAtMillis, capabilities,
                    vcpus, sources, controllers, routes, counters, notes);
        }
    }
}
