// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.sync.SampleStates;
import org.junit.jupiter.api.Test;

class MachineStateSharingTest {

    @Test
    void equalRecordsAreTakenFromThePreviousSnapshotAndChangedOnesAreKept() {
        MachineState before = SampleStates.xive(4, 40);
        MachineState rebuilt = SampleStates.xive(4, 40);
        List<SourceState> sources = new ArrayList<>(rebuilt.sources());
        SourceState changed = sources.get(7).toBuilder().pq(3).build();
        sources.set(7, changed);
        MachineState now = SampleStates.withSources(rebuilt, sources);
        assertThat(now.sources().get(0)).isNotSameAs(before.sources().get(0));

        MachineState shared = now.reusingUnchanged(before);

        assertThat(shared).isEqualTo(now);
        for (int i = 0; i < shared.sources().size(); i++) {
            if (i == 7) {
                assertThat(shared.sources().get(i)).isSameAs(changed);
            } else {
                assertThat(shared.sources().get(i)).isSameAs(before.sources().get(i));
            }
        }
        assertThat(shared.vcpus().get(2)).isSameAs(before.vcpus().get(2));
        assertThat(shared.controllers()).isSameAs(before.controllers());
    }

    @Test
    void sourcesMissingFromEitherSideAreMatchedByNumber() {
        MachineState before = SampleStates.xive(2, 10);
        List<SourceState> fewer = new ArrayList<>(SampleStates.xive(2, 10).sources());
        fewer.remove(0);
        fewer.remove(4);
        MachineState now = SampleStates.withSources(SampleStates.xive(2, 10), fewer);

        MachineState shared = now.reusingUnchanged(before);

        assertThat(shared.sources()).hasSize(8).isEqualTo(now.sources());
        for (SourceState s : shared.sources()) {
            assertThat(s).isSameAs(before.source(s.number()).orElseThrow());
        }
    }

    @Test
    void nothingToShareGivesTheSameSnapshot() {
        MachineState now = SampleStates.x86(2);
        assertThat(now.reusingUnchanged(null)).isSameAs(now);
        assertThat(now.reusingUnchanged(SampleStates.xics(2, 4)).sources()).isEqualTo(now.sources());
    }
}
