// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class MachineStateBuilderTest {

    private static MachineState.Builder builder() {
        return MachineState.builder("t", Arch.X86_64, InterruptMode.X86_KERNEL_IRQCHIP);
    }

    @Test
    void anImmutableSetAndMapHandedOverAreSharedNotCopied() {
        Set<String> caps = Set.of("KVM_CAP_IRQCHIP", "KVM_CAP_SIGNAL_MSI");
        Map<String, Long> counters = Map.of("inject.total", 3L, "inject.masked", 1L);

        MachineState s = builder().capabilities(caps).counters(counters).build();

        assertThat(s.capabilities()).isSameAs(caps);
        assertThat(s.counters()).isSameAs(counters);
    }

    @Test
    void addingOneAfterAWholeMapCopiesAndLeavesTheCallersMapAlone() {
        Map<String, Long> counters = new TreeMap<>(Map.of("a", 1L));
        Set<String> caps = new java.util.TreeSet<>(Set.of("X"));

        MachineState s = builder().counters(counters).counter("b", 2L).capabilities(caps).capability("Y").build();

        assertThat(s.counters()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 2L));
        assertThat(counters).containsOnlyKeys("a");
        assertThat(s.capabilities()).containsExactlyInAnyOrder("X", "Y");
        assertThat(caps).containsExactly("X");
    }

    @Test
    void aWholeMapAfterSingleCountersIsMergedIntoThem() {
        MachineState s = builder().counter("a", 1L).counters(Map.of("b", 2L)).capability("X")
                .capabilities(List.of("Y", "X")).build();

        assertThat(s.counters()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 2L));
        assertThat(s.capabilities()).containsExactlyInAnyOrder("X", "Y");
    }

    @Test
    void aMutableMapHandedOverIsCopiedWhenBuilt() {
        Map<String, Long> counters = new TreeMap<>(Map.of("a", 1L));

        MachineState s = builder().counters(counters).build();
        counters.put("later", 9L);

        assertThat(s.counters()).containsOnlyKeys("a");
    }
}
