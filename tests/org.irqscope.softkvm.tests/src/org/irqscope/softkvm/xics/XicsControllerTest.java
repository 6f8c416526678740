// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmException;
import org.irqscope.softkvm.Agenda;
import org.irqscope.softkvm.HopLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The XICS transitions of the ABI fact page §2.5, one table or case per rule; expected values worked by hand. */
class XicsControllerTest {
    private static final int MSI = 0x1300;
    private static final int MSI2 = 0x1301;
    private static final int LSI = 0x1200;

    private Agenda agenda;
    private HopLog hops;
    private XicsController xics;
    private final List<String> stages = new ArrayList<>();

    @BeforeEach
    void setUp() {
        agenda = new Agenda();
        hops = new HopLog();
        hops.add((seq, stage, source, vcpu, text) -> stages.add(stage));
        xics = new XicsController(agenda, hops, 64);
        xics.connect(0);
        xics.connect(1);
        xics.hCppr(0, 0xff);
        xics.hCppr(1, 0xff);
        // server 0, priority 5, MSI
        xics.setSourceWord(MSI, 0x0000_0005_0000_0000L);
        xics.setSourceWord(MSI2, 0x0000_0003_0000_0000L);
        // server 1, priority 5, level-sensitive
        xics.setSourceWord(LSI, 0x0000_0105_0000_0001L);
    }

    @ParameterizedTest(name = "MSI trigger with PQ {0}: PQ becomes {1}, presented {2}")
    @CsvSource({"0, 2, true", "2, 3, false", "3, 3, false"})
    void msiTriggerFollowsThePqEmulation(int pqBefore, int pqAfter, boolean presented) {
        long word = 0x0000_0005_0000_0000L | (pqBefore & 2) * (XicsController.PRESENTED / 2)
                | (pqBefore & 1) * XicsController.QUEUED;
        // a restored P bit without PENDING does not deliver by itself
        xics.setSourceWord(MSI, word);
        assertThat(xics.presenter(0).xisr()).isZero();
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.source(MSI).pq()).isEqualTo(pqAfter);
        assertThat(xics.presenter(0).xisr()).isEqualTo(presented ? MSI : 0);
    }

    @ParameterizedTest(name = "CPPR {0} MFRR {1} pending prio {2}: priority {3} accepted {4}")
    @CsvSource({
            "0xff, 0xff, 0xff, 5, true",
            "0x05, 0xff, 0xff, 5, false",
            "0x06, 0xff, 0xff, 5, true",
            "0xff, 0x05, 0xff, 5, false",
            "0xff, 0x04, 0xff, 5, false",
            "0xff, 0x06, 0xff, 5, true",
            "0xff, 0xff, 0x05, 5, false",
            "0xff, 0xff, 0x03, 5, false",
            "0xff, 0xff, 0x06, 5, true",
            "0x00, 0xff, 0xff, 0, false"})
    void icpAcceptsOnlyWhenStrictlyMoreFavouredThanCpprMfrrAndPending(String cppr, String mfrr, String ppri,
            int prio, boolean accepted) {
        int c = Integer.decode(cppr);
        int m = Integer.decode(mfrr);
        int p = Integer.decode(ppri);
        int xisr = p == 0xff ? 0 : MSI2;
        // a consistent ICP state: a pending MSI2 at p, or nothing
        if (xisr != 0 && !(p < m && p < c)) {
            return;
        }
        if (xisr != 0) {
            xics.setSourceWord(MSI2, (long) p << 32 | XicsController.PRESENTED);
        }
        xics.setIcpState(0, (long) c << 56 | (long) xisr << 32 | (long) m << 24 | (long) p << 16);
        xics.setSourceWord(MSI, (long) prio << 32);
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.presenter(0).xisr() == MSI).isEqualTo(accepted);
        assertThat(xics.source(MSI).resend()).isEqualTo(!accepted);
        // a displaced MSI2 cannot come back either (it is less favoured than MSI): it waits for a resend too
        assertThat(xics.presenter(0).needResend()).isEqualTo(!accepted || xisr != 0);
        assertThat(xics.source(MSI2).resend()).isEqualTo(accepted && xisr != 0);
    }

    @Test
    void aMoreFavouredInterruptRejectsThePendingOneWhichWaitsForAResend() {
        xics.setSourceWord(MSI2, 0x0000_0005_0000_0000L);
        xics.setSourceWord(MSI, 0x0000_0003_0000_0000L);
        xics.irqLine(MSI2, XicsController.LEVEL_SET);
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI2);
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        XicsPresenter icp = xics.presenter(0);
        assertThat(icp.xisr()).isEqualTo(MSI);
        assertThat(icp.ppri()).isEqualTo(3);
        // the rejected one is redelivered, cannot beat PPRI 3, so it waits for a resend
        assertThat(xics.source(MSI2).resend()).isTrue();
        assertThat(icp.needResend()).isTrue();
        assertThat(stages).containsSubsequence("present", "reject", "resend");
        int xirr = xics.hXirr(0);
        assertThat(xirr).isEqualTo(0xff00_0000 | MSI);
        assertThat(icp.cppr()).isEqualTo(3);
        // EOI restores CPPR 0xff: Down_CPPR rescans the ICS, MSI2 comes back
        xics.hEoi(0, xirr);
        assertThat(icp.xisr()).isEqualTo(MSI2);
        assertThat(icp.ppri()).isEqualTo(5);
        assertThat(xics.source(MSI2).resend()).isFalse();
        assertThat(icp.outEe()).isTrue();
    }

    @Test
    void acceptReturnsOldCpprAndPendingSourceThenEoiClearsP() {
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        XicsPresenter icp = xics.presenter(0);
        assertThat(icp.outEe()).isTrue();
        assertThat(xics.icpState(0)).isEqualTo(0xff00_1300_ff05_0000L);
        int xirr = xics.hXirr(0);
        assertThat(xirr).isEqualTo(0xff00_1300);
        assertThat(xics.icpState(0)).isEqualTo(0x0500_0000_ffff_0000L);
        assertThat(icp.outEe()).isFalse();
        assertThat(xics.source(MSI).pq()).isEqualTo(2);
        xics.hEoi(0, xirr);
        assertThat(xics.source(MSI).pq()).isZero();
        assertThat(icp.cppr()).isEqualTo(0xff);
    }

    @Test
    void eoiWithQSetPresentsAgain() {
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        int xirr = xics.hXirr(0);
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.source(MSI).pq()).isEqualTo(3);
        assertThat(xics.sourceWord(MSI) & (XicsController.PRESENTED | XicsController.QUEUED))
                .isEqualTo(XicsController.PRESENTED | XicsController.QUEUED);
        xics.hEoi(0, xirr);
        assertThat(xics.source(MSI).pq()).isEqualTo(2);
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI);
    }

    @Test
    void lsiStillAssertedAtEoiIsPresentedAgainAndDeassertedIsNot() {
        xics.irqLine(LSI, XicsController.LEVEL_SET_LEVEL);
        XicsPresenter icp = xics.presenter(1);
        assertThat(icp.xisr()).isEqualTo(LSI);
        // LSI: PENDING mirrors P
        assertThat(xics.sourceWord(LSI)).isEqualTo(0x0000_0d05_0000_0001L);
        int xirr = xics.hXirr(1);
        xics.hEoi(1, xirr);
        assertThat(icp.xisr()).isEqualTo(LSI);
        xirr = xics.hXirr(1);
        xics.irqLine(LSI, XicsController.LEVEL_UNSET);
        assertThat(xics.source(LSI).pq()).isZero();
        xics.hEoi(1, xirr);
        assertThat(icp.xisr()).isZero();
        assertThat(xics.sourceWord(LSI)).isEqualTo(0x0000_0105_0000_0001L);
    }

    @Test
    void maskedSourceKeepsTheInterruptAsMaskedPendingUntilIntOn() {
        xics.intOff(MSI);
        // masked: MASKED bit with the saved priority 5 in the priority field
        assertThat(xics.sourceWord(MSI)).isEqualTo(0x0000_0205_0000_0000L);
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.presenter(0).xisr()).isZero();
        assertThat(xics.source(MSI).maskedPending()).isTrue();
        assertThat(xics.sourceWord(MSI)).isEqualTo(0x0000_0e05_0000_0000L);
        assertThat(stages).contains("masked");
        xics.intOn(MSI);
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI);
        assertThat(xics.source(MSI).maskedPending()).isFalse();
    }

    @Test
    void raisingCpprRejectsThePendingInterrupt() {
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        xics.hCppr(0, 5);
        XicsPresenter icp = xics.presenter(0);
        assertThat(icp.xisr()).isZero();
        assertThat(icp.ppri()).isEqualTo(0xff);
        assertThat(xics.source(MSI).resend()).isTrue();
        xics.hCppr(0, 6);
        assertThat(icp.xisr()).isEqualTo(MSI);
    }

    @Test
    void ipiIsPresentedWhenMfrrIsFavouredAndHasNoEoiAtTheIcs() {
        assertThat(xics.hIpi(1, 4)).isEqualTo(XicsController.H_SUCCESS);
        XicsPresenter icp = xics.presenter(1);
        assertThat(icp.xisr()).isEqualTo(XicsController.XICS_IPI);
        assertThat(icp.ppri()).isEqualTo(4);
        assertThat(xics.hIpoll(1)).isEqualTo(0xff00_0002L << 32 | 4);
        assertThat(icp.xisr()).isEqualTo(2);
        int xirr = xics.hXirr(1);
        assertThat(xirr).isEqualTo(0xff00_0002);
        xics.hIpi(1, 0xff);
        xics.hEoi(1, xirr);
        assertThat(xics.icpState(1)).isEqualTo(0xff00_0000_ffff_0000L);
        assertThat(xics.hIpi(9, 4)).isEqualTo(XicsController.H_PARAMETER);
    }

    @Test
    void lowerCpprPresentsAWaitingIpi() {
        xics.hCppr(1, 3);
        xics.hIpi(1, 4);
        assertThat(xics.presenter(1).xisr()).isZero();
        xics.hCppr(1, 5);
        assertThat(xics.presenter(1).xisr()).isEqualTo(2);
        assertThat(xics.presenter(1).ppri()).isEqualTo(4);
    }

    @Test
    void aSetWithPendingDelivers() {
        xics.setSourceWord(MSI, 0x0000_0005_0000_0000L | XicsController.PENDING);
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI);
        assertThat(xics.source(MSI).pq()).isEqualTo(2);
    }

    @ParameterizedTest(name = "ICP state {0} is refused")
    @CsvSource({
            "0xff00000000050000", // XISR 0 but PPRI 5
            "0xff000002ff040000", // IPI but PPRI != MFRR
            "0x0400000204040000", // IPI with PPRI not below CPPR
            "0xff00130004050000", // source with PPRI not below MFRR
            "0x0500130000050000", // source with PPRI not below CPPR
            "0xff0f0000ff050000"}) // source in a block that does not exist
    void setIcpStateRefusesInconsistentStates(String value) {
        long before = xics.icpState(0);
        assertThatThrownBy(() -> xics.setIcpState(0, Long.parseUnsignedLong(value.substring(2), 16)))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThat(xics.icpState(0)).isEqualTo(before);
    }

    @Test
    void nrServersIsRefusedOnceAVcpuIsConnectedAndOutOfRange() {
        XicsController fresh = new XicsController(new Agenda(), new HopLog(), 64);
        assertThatThrownBy(() -> fresh.setNrServers(65)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        fresh.setNrServers(4);
        fresh.connect(3);
        assertThatThrownBy(() -> fresh.setNrServers(8)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.is(Errno.EBUSY)).isTrue());
        assertThatThrownBy(() -> fresh.connect(3)).isInstanceOf(KvmException.class);
    }

    @Test
    void sourceErrorsUseTheKernelErrnos() {
        assertThatThrownBy(() -> xics.sourceWord(0x1400)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.is(Errno.ENOENT)).isTrue());
        assertThatThrownBy(() -> xics.setSourceWord(0x1302, 0x0000_0005_0000_0007L))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThat(xics.source(0x1302).exists()).isFalse();
        assertThatThrownBy(() -> xics.irqLine(0x1302, -1)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThatThrownBy(() -> xics.setSourceWord(15, 0)).isInstanceOf(KvmException.class);
    }

    @Test
    void heldAgendaRunsTheChainOneHopAtATime() {
        agenda.hold(true);
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.source(MSI).pq()).isZero();
        assertThat(agenda.runOne()).isTrue();
        assertThat(xics.source(MSI).pq()).isEqualTo(2);
        assertThat(xics.presenter(0).xisr()).isZero();
        assertThat(agenda.runOne()).isTrue();
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI);
        assertThat(agenda.runOne()).isFalse();
    }

    @Test
    void aFavouredIpiRejectsThePendingSourceWhichComesBackAfterTheIpi() {
        xics.irqLine(MSI, XicsController.LEVEL_SET);
        assertThat(xics.presenter(0).xisr()).isEqualTo(MSI);
        xics.hIpi(0, 4);
        XicsPresenter icp = xics.presenter(0);
        assertThat(icp.xisr()).isEqualTo(XicsController.XICS_IPI);
        assertThat(icp.ppri()).isEqualTo(4);
        assertThat(xics.source(MSI).resend()).isTrue();
        assertThat(icp.rejected()).isEqualTo(1);
        int xirr = xics.hXirr(0);
        // the IPI handler clears MFRR (less favoured: resend), then EOIs the IPI restoring CPPR 0xff
        xics.hIpi(0, 0xff);
        xics.hEoi(0, xirr);
        assertThat(icp.xisr()).isEqualTo(MSI);
        assertThat(icp.ppri()).isEqualTo(5);
    }
}
