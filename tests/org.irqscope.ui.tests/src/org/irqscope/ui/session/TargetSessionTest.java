// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.ui.FakePower9;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("osgi")
class TargetSessionTest {

    @Test
    void keepsTheNewestStateAndABoundedHistory() {
        TargetSession session = new TargetSession(10, 3);
        List<MachineState> heard = new ArrayList<>();
        session.addListener((shown, before) -> heard.add(shown));
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 16, 2);
        session.attach(target);
        session.close();
        // attach's own poll may or may not have run; drive reads by hand from here.
        session.attach(target);
        for (int i = 0; i < 5; i++) {
            session.readOnce();
        }
        assertThat(session.history()).hasSizeLessThanOrEqualTo(3);
        assertThat(session.newest()).isSameAs(session.history().get(session.history().size() - 1));
        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1)).isSameAs(session.newest());
        session.close();
        assertThat(target.closed()).isTrue();
    }

    @Test
    void aPinnedStateStaysShownWhileNewOnesArrive() {
        TargetSession session = new TargetSession(10, 10);
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 8, 1);
        session.attach(target);
        session.readOnce();
        session.readOnce();
        MachineState first = session.history().get(0);
        List<MachineState> heard = new ArrayList<>();
        session.addListener((shown, before) -> heard.add(shown));
        session.show(first);
        session.readOnce();
        assertThat(session.shown()).isSameAs(first);
        assertThat(heard).containsOnly(first);
        session.show(null);
        assertThat(session.shown()).isSameAs(session.newest());
        assertThat(session.followsNewest()).isTrue();
        session.close();
    }
}
