// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;
import org.irqscope.model.IrqscopeFactory;
import org.irqscope.model.Machine;
import org.irqscope.model.Source;
import org.irqscope.model.XicsIcp;
import org.irqscope.model.XiveEventQueue;
import org.irqscope.model.XiveRouter;
import org.irqscope.model.XiveThreadContext;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DerivedFeaturesTest {
    private static final IrqscopeFactory F = IrqscopeFactory.eINSTANCE;

    @Test
    void xirrJoinsCpprAndXisr() {
        XicsIcp icp = F.createXicsIcp();
        icp.setCppr(0x05);
        icp.setXisr(0x1003);
        assertThat(icp.getXirr()).isEqualTo(0x05001003);
    }

    @Property(tries = 100)
    void piprIsTheMostFavouredPendingPriority(@ForAll @IntRange(min = 1, max = 255) int ipb) {
        int pipr = XiveRings.piprOf(ipb);
        assertThat(ipb & (0x80 >> pipr)).isNotZero();
        assertThat(ipb & ~(0xff >> pipr) & 0xff).isZero();
    }

    @Test
    void ringNamesFollowTimaOrder() {
        XiveThreadContext tc = F.createXiveThreadContext();
        for (int i = 0; i < 4; i++) {
            tc.getRings().add(F.createXiveRing());
        }
        assertThat(tc.getRings()).extracting(r -> r.getRingName()).containsExactly("USER", "OS", "POOL", "PHYS");
        assertThat(F.createXiveRing().getRingName()).isEqualTo("?");
        assertThat(XiveRings.piprOf(0)).isEqualTo(0xff);
    }

    @Test
    void sourceFindsItsEndThroughTheRouter() {
        Machine m = F.createMachine();
        XiveRouter router = F.createXiveRouter();
        XiveEventQueue end = F.createXiveEventQueue();
        end.setIndex(13);
        end.setQshift(12);
        router.getEnds().add(end);
        m.getControllers().add(router);
        Source s = F.createSource();
        s.setEndIndex(13);
        m.getSources().add(s);
        assertThat(s.getEnd()).isSameAs(end);
        assertThat(end.getEntries()).isEqualTo(1024);
        s.setEndIndex(12);
        assertThat(s.getEnd()).isNull();
        s.setEndIndex(-1);
        assertThat(s.getEnd()).isNull();
    }

    @Test
    void redirectionEntryFieldsComeFromTheRawWord() {
        Ioapic ioapic = F.createIoapic();
        IoapicPin pin = F.createIoapicPin();
        pin.setPin(9);
        pin.setRaw(0x0300_0000_0001_ed41L);
        ioapic.getPins().add(pin);
        ioapic.setIrr(1 << 9);
        assertThat(pin.getVector()).isEqualTo(0x41);
        assertThat(pin.getDeliveryMode()).isEqualTo(5);
        assertThat(pin.isLogicalDestination()).isTrue();
        assertThat(pin.isDeliveryPending()).isFalse();
        assertThat(pin.isActiveLow()).isTrue();
        assertThat(pin.isRemoteIrr()).isTrue();
        assertThat(pin.isLevelTriggered()).isTrue();
        assertThat(pin.isMasked()).isTrue();
        assertThat(pin.getDestination()).isEqualTo(3);
        assertThat(pin.isInputAsserted()).isTrue();
        ioapic.setIrr(0);
        assertThat(pin.isInputAsserted()).isFalse();
    }
}
