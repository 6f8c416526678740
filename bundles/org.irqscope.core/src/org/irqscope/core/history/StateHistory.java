// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;

/**
 * A bounded timeline of one target's snapshots, oldest first. Most reads change a handful of sources, so a snapshot is
 * kept as the sources and vCPUs that changed since the one before (a delta); every {@code keyframeInterval}-th
 * snapshot is kept whole (a keyframe) so rebuilding any snapshot replays at most {@code keyframeInterval - 1} deltas.
 * When the timeline is full the oldest snapshot is dropped and its successor becomes a keyframe.
 *
 * <p>Not thread-safe: the thread that applies snapshots to the model owns its history.
 */
public final class StateHistory {
    private final int capacity;
    private final int keyframeInterval;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private MachineState latest;
    private int sinceKeyframe;

    /**
     * @param capacity the most snapshots kept (at least 1)
     * @param keyframeInterval a whole snapshot every this many (at least 1; 1 keeps every snapshot whole)
     */
    public StateHistory(int capacity, int keyframeInterval) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a history keeps at least 1 snapshot, not " + capacity);
        }
        if (keyframeInterval < 1) {
            throw new IllegalArgumentException("the keyframe interval is at least 1, not " + keyframeInterval);
        }
        this.capacity = capacity;
        this.keyframeInterval = keyframeInterval;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Appends the newest snapshot; drops the oldest when full. */
    public void append(MachineState state) {
        Objects.requireNonNull(state, "machine state");
        if (latest == null || sinceKeyframe + 1 >= keyframeInterval) {
            entries.addLast(new Keyframe(state));
            sinceKeyframe = 0;
        } else {
            entries.addLast(Delta.between(latest, state));
            sinceKeyframe++;
        }
        latest = state;
        if (entries.size() > capacity) {
            Iterator<Entry> it = entries.iterator();
            it.next();
            if (it.next() instanceof Delta) {
                // The successor of the dropped snapshot must stand alone: rebuild it while its base still exists.
                MachineState successor = rebuild(1);
                entries.removeFirst();
                entries.removeFirst();
                entries.addFirst(new Keyframe(successor));
            } else {
                entries.removeFirst();
            }
        }
    }

    /** The newest snapshot, as appended. */
    public MachineState latest() {
        if (latest == null) {
            throw new IllegalStateException("the history is empty");
        }
        return latest;
    }

    /** Snapshot {@code index}, 0 = the oldest kept. */
    public MachineState get(int index) {
        if (index < 0 || index >= entries.size()) {
            throw new IndexOutOfBoundsException("the history keeps snapshots 0.." + (entries.size() - 1) + ", not "
                    + index);
        }
        if (index == entries.size() - 1) {
            return latest;
        }
        return rebuild(index);
    }

    /** The kept snapshot with this sequence number, if any. */
    public Optional<MachineState> findBySequence(long sequence) {
        List<MachineState> all = snapshots();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).sequence() == sequence) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** All kept snapshots, oldest first, rebuilt in one pass. */
    public List<MachineState> snapshots() {
        List<MachineState> out = new ArrayList<>(entries.size());
        MachineState current = null;
        for (Entry e : entries) {
            current = e instanceof Keyframe k ? k.state() : ((Delta) e).applyTo(current);
            out.add(current);
        }
        return out;
    }

    /** How many snapshots are kept whole (the rest are deltas). */
    public int keyframeCount() {
        int n = 0;
        for (Entry e : entries) {
            if (e instanceof Keyframe) {
                n++;
            }
        }
        return n;
    }

    /** Rebuilds entry {@code index} from the nearest keyframe at or before it. */
    private MachineState rebuild(int index) {
        Entry[] all = entries.toArray(new Entry[0]);
        int start = index;
        while (!(all[start] instanceof Keyframe)) {
            start--;
        }
        MachineState current = ((Keyframe) all[start]).state();
        for (int i = start + 1; i <= index; i++) {
            current = ((Delta) all[i]).applyTo(current);
        }
        return current;
    }

    private sealed interface Entry permits Keyframe, Delta {
    }

    private record Keyframe(MachineState state) implements Entry {
    }

    /**
     * Changes since the previous snapshot. {@code header} is the new snapshot without vCPUs and sources (small, and
     * its controller list is shared with the previous one when unchanged).
     */
    private record Delta(MachineState header, List<SourceState> changedSources, int[] removedSources,
            List<VcpuState> changedVcpus, int[] removedVcpus) implements Entry {

        static Delta between(MachineState before, MachineState after) {
            List<SourceState> changed = new ArrayList<>();
            int[] removed = diffSources(before.sources(), after.sources(), changed);
            List<VcpuState> changedVcpus = new ArrayList<>();
            int[] removedVcpus = diffVcpus(before.vcpus(), after.vcpus(), changedVcpus);
            var controllers = after.controllers().equals(before.controllers())
                    ? before.controllers()
                    : after.controllers();
            MachineState header = new MachineState(after.target(), after.arch(), after.mode(), after.irqchip(),
                    after.backend(), after.sequence(), after.capturedAtMillis(), after.capabilities(), List.of(),
                    List.of(), controllers, after.routes(), after.counters(), after.notes());
            return new Delta(header, List.copyOf(changed), removed, List.copyOf(changedVcpus), removedVcpus);
        }

        private static int[] diffSources(List<SourceState> a, List<SourceState> b, List<SourceState> changed) {
            int[] removed = new int[8];
            int nRemoved = 0;
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (j >= b.size() || i < a.size() && a.get(i).number() < b.get(j).number()) {
                    if (nRemoved == removed.length) {
                        removed = Arrays.copyOf(removed, nRemoved * 2);
                    }
                    removed[nRemoved++] = a.get(i++).number();
                } else if (i >= a.size() || a.get(i).number() > b.get(j).number()) {
                    changed.add(b.get(j++));
                } else {
                    SourceState x = a.get(i++);
                    SourceState y = b.get(j++);
                    if (x != y && !x.equals(y)) {
                        changed.add(y);
                    }
                }
            }
            return Arrays.copyOf(removed, nRemoved);
        }

        private static int[] diffVcpus(List<VcpuState> a, List<VcpuState> b, List<VcpuState> changed) {
            List<Integer> removed = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (j >= b.size() || i < a.size() && a.get(i).id() < b.get(j).id()) {
                    removed.add(a.get(i++).id());
                } else if (i >= a.size() || a.get(i).id() > b.get(j).id()) {
                    changed.add(b.get(j++));
                } else {
                    VcpuState x = a.get(i++);
                    VcpuState y = b.get(j++);
                    if (x != y && !x.equals(y)) {
                        changed.add(y);
                    }
                }
            }
            return removed.stream().mapToInt(Integer::intValue).toArray();
        }

        MachineState applyTo(MachineState base) {
            List<SourceState> sources = new ArrayList<>(base.sources().size() + changedSources.size());
            Iterator<SourceState> old = base.sources().iterator();
            SourceState o = old.hasNext() ? old.next() : null;
            int r = 0;
            for (SourceState c : changedSources) {
                while (o != null && o.number() < c.number()) {
                    if (r < removedSources.length && removedSources[r] == o.number()) {
                        r++;
                    } else {
                        sources.add(o);
                    }
                    o = old.hasNext() ? old.next() : null;
                }
                if (o != null && o.number() == c.number()) {
                    o = old.hasNext() ? old.next() : null;
                }
                sources.add(c);
            }
            while (o != null) {
                if (r < removedSources.length && removedSources[r] == o.number()) {
                    r++;
                } else {
                    sources.add(o);
                }
                o = old.hasNext() ? old.next() : null;
            }
            List<VcpuState> vcpus = new ArrayList<>(base.vcpus());
            for (int id : removedVcpus) {
                vcpus.removeIf(v -> v.id() == id);
            }
            for (VcpuState v : changedVcpus) {
                vcpus.removeIf(x -> x.id() == v.id());
                vcpus.add(v);
            }
            MachineState h = header;
            return new MachineState(h.target(), h.arch(), h.mode(), h.irqchip(), h.backend(), h.sequence(),
                    h.capturedAtMillis(), h.capabilities(), vcpus, sources, h.controllers(), h.routes(), h.counters(),
                    h.notes());
        }
    }
}
