// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xive;

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

/** The XIVE transitions of the ABI fact page §3.3 and §3.6; expected values worked by hand. */
class XiveControllerTest {
    private static final int MSI = 0x1300;
    private static final int LSI = 0x1200;
    private static final long QADDR = 0x10000;

    private Agenda agenda;
    private XiveController xive;
    private final List<String> stages = new ArrayList<>();

    /** GRP_SOURCE_CONFIG value: priority 2:0, server 31:3, masked 32, EISN 63:33. */
    static long config(int server, int prio, boolean masked, int eisn) {
        return prio | (long) server << 3 | (masked ? 1L << 32 : 0) | (long) eisn << 33;
    }

    @BeforeEach
    void setUp() {
        agenda = new Agenda();
        HopLog hops = new HopLog();
        hops.add((seq, stage, source, vcpu, text) -> stages.add(stage));
        xive = new XiveController(agenda, hops, 0x2000, 64);
        xive.connect(0);
        xive.connect(1);
        xive.configureQueue(0 << 3 | 6, XiveEnd.ALWAYS_NOTIFY, 12, QADDR, 0, 0);
        xive.configureQueue(1 << 3 | 6, XiveEnd.ALWAYS_NOTIFY, 12, QADDR + 0x1000, 0, 0);
        xive.setSource(MSI, 0);
        xive.configureSource(MSI, config(0, 6, false, MSI));
        xive.setSource(LSI, XiveController.SOURCE_LEVEL_SENSITIVE);
        xive.configureSource(LSI, config(1, 6, false, LSI));
        xive.esbLoad(MSI, XiveController.ESB_SET_PQ_00);
        xive.esbLoad(LSI, XiveController.ESB_SET_PQ_00);
        xive.timaSetCppr(0, 0xff);
        xive.timaSetCppr(1, 0xff);
    }

    @ParameterizedTest(name = "trigger with PQ {0}: PQ {1}, enqueued {2}")
    @CsvSource({"0xc00, 2, 1", "0xe00, 3, 0", "0xf00, 3, 0", "0xd00, 1, 0"})
    void triggerFollowsTheEsbStateMachine(String setOffset, int pqAfter, int enqueued) {
        xive.esbLoad(MSI, Integer.decode(setOffset));
        xive.esbTrigger(MSI);
        assertThat(xive.source(MSI).pq()).isEqualTo(pqAfter);
        assertThat(xive.thread(0).end(6).enqueued()).isEqualTo(enqueued);
        assertThat(xive.source(MSI).dropped()).isEqualTo(pqAfter == 1 ? 1 : 0);
    }

    @ParameterizedTest(name = "load EOI with PQ {0}: returns {1}, PQ {2}, re-notified {3}")
    @CsvSource({"0xc00, 0, 0, 0", "0xe00, 0, 0, 0", "0xf00, 1, 2, 1", "0xd00, 0, 1, 0"})
    void loadEoiFollowsTheEsbStateMachine(String setOffset, long returned, int pqAfter, int enqueued) {
        xive.esbLoad(MSI, Integer.decode(setOffset));
        assertThat(xive.esbLoad(MSI, XiveController.ESB_LOAD_EOI)).isEqualTo(returned);
        assertThat(xive.source(MSI).pq()).isEqualTo(pqAfter);
        assertThat(xive.thread(0).end(6).enqueued()).isEqualTo(enqueued);
    }

    @ParameterizedTest(name = "load at {0} from PQ 10 returns 2 and leaves PQ {1}")
    @CsvSource({"0x800, 2", "0xbf8, 2", "0xc00, 0", "0xd00, 1", "0xe00, 2", "0xf00, 3"})
    void getAndSetPqReturnTheOldPq(String offset, int pqAfter) {
        xive.esbLoad(MSI, XiveController.ESB_SET_PQ_10);
        assertThat(xive.esbLoad(MSI, Integer.decode(offset))).isEqualTo(2);
        assertThat(xive.source(MSI).pq()).isEqualTo(pqAfter);
    }

    @Test
    void aLoadWithoutFunctionReadsAllOnesAndChangesNothing() {
        assertThat(xive.esbLoad(MSI, 0x400)).isEqualTo(-1L);
        assertThat(xive.source(MSI).pq()).isZero();
    }

    @Test
    void deliveryEnqueuesNotifiesAndAckMovesCpprToThePriority() {
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        XiveThread t = xive.thread(0);
        XiveEnd end = t.end(6);
        assertThat(end.qindex()).isEqualTo(1);
        // generation 0 in bit 31, EISN 0x1300
        assertThat(end.entry(0)).isEqualTo(0x1300);
        // IPB bit of priority 6 is 1 << (7 - 6) = 0x02; PIPR 6 < CPPR 0xff: NSR.EO
        assertThat(t.ipb()).isEqualTo(0x02);
        assertThat(t.pipr()).isEqualTo(6);
        assertThat(t.nsr()).isEqualTo(0x80);
        assertThat(stages).containsSubsequence("trigger", "eas", "enqueue", "notify");
        assertThat(xive.timaAck(0)).isEqualTo(0x8006);
        assertThat(t.cppr()).isEqualTo(6);
        assertThat(t.ipb()).isZero();
        assertThat(t.pipr()).isEqualTo(0xff);
        assertThat(t.nsr()).isZero();
        // a second ACK finds nothing: NSR 0, CPPR unchanged
        assertThat(xive.timaAck(0)).isEqualTo(0x0006);
        assertThat(xive.esbLoad(MSI, XiveController.ESB_LOAD_EOI)).isZero();
        assertThat(xive.source(MSI).pq()).isZero();
    }

    @Test
    void noExceptionWhileCpprIsNotAbovePipr() {
        xive.timaSetCppr(0, 6);
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        XiveThread t = xive.thread(0);
        assertThat(t.ipb()).isEqualTo(0x02);
        assertThat(t.exceptionRaised()).isFalse();
        xive.timaSetCppr(0, 7);
        assertThat(t.exceptionRaised()).isTrue();
    }

    @ParameterizedTest(name = "CPPR store {0} reads back {1}")
    @CsvSource({"0, 0", "7, 7", "8, 0xff", "0x80, 0xff", "0xff, 0xff"})
    void cpprAboveSevenBecomesFf(String value, String expected) {
        xive.timaSetCppr(0, Integer.decode(value));
        assertThat(xive.thread(0).cppr()).isEqualTo(Integer.decode(expected));
    }

    @Test
    void setOsPendingRaisesTheIpbBit() {
        xive.timaSetOsPending(1, 3);
        XiveThread t = xive.thread(1);
        assertThat(t.ipb()).isEqualTo(0x10);
        assertThat(t.pipr()).isEqualTo(3);
        assertThat(t.exceptionRaised()).isTrue();
        assertThat(xive.timaAck(1)).isEqualTo(0x8003);
    }

    @Test
    void maskedEasDropsTheEventAndRecordsIt() {
        xive.configureSource(MSI, config(0, 6, true, MSI));
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        assertThat(xive.source(MSI).pq()).isEqualTo(2);
        assertThat(xive.source(MSI).dropped()).isEqualTo(1);
        assertThat(xive.thread(0).end(6).enqueued()).isZero();
        assertThat(stages).contains("eas");
    }

    @Test
    void generationFlipsWhenTheQueueWraps() {
        // 4 KiB queue: 1 << (12 - 2) = 1024 entries; start at the last one
        xive.configureQueue(6, XiveEnd.ALWAYS_NOTIFY, 12, QADDR, 0, 1023);
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        XiveEnd end = xive.thread(0).end(6);
        assertThat(end.entry(1023)).isEqualTo(0x1300);
        assertThat(end.qindex()).isZero();
        assertThat(end.generation()).isEqualTo(1);
        xive.esbLoad(MSI, XiveController.ESB_LOAD_EOI);
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        assertThat(end.entry(0)).isEqualTo(0x8000_1300);
        assertThat(end.qindex()).isEqualTo(1);
    }

    @Test
    void aVpThatIsNotDispatchedEscalatesAndGetsItsIpbBackWhenDispatched() {
        xive.setDispatched(0, false);
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        XiveThread t = xive.thread(0);
        assertThat(t.end(6).escalations()).isEqualTo(1);
        assertThat(t.ipb()).isZero();
        assertThat(t.nvtIpb()).isEqualTo(0x02);
        assertThat(stages).contains("escalation");
        // VP_STATE shows the NVT's IPB ORed into byte 2
        assertThat(xive.vpState(0)).containsExactly(0, 0xff, 0x02, 0xff, 0xff, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0,
                0);
        xive.setDispatched(0, true);
        assertThat(t.ipb()).isEqualTo(0x02);
        assertThat(t.exceptionRaised()).isTrue();
    }

    @Test
    void lsiStillAssertedAtEoiTriggersAgain() {
        xive.irqLine(LSI, XiveController.LEVEL_SET_LEVEL);
        assertThat(xive.source(LSI).pq()).isEqualTo(2);
        // a second assert does not set Q on an LSI
        xive.irqLine(LSI, XiveController.LEVEL_SET_LEVEL);
        assertThat(xive.source(LSI).pq()).isEqualTo(2);
        xive.esbLoad(LSI, XiveController.ESB_LOAD_EOI);
        assertThat(xive.source(LSI).pq()).isEqualTo(2);
        assertThat(xive.thread(1).end(6).enqueued()).isEqualTo(2);
        xive.irqLine(LSI, XiveController.LEVEL_UNSET);
        xive.esbLoad(LSI, XiveController.ESB_LOAD_EOI);
        assertThat(xive.source(LSI).pq()).isZero();
        assertThat(xive.thread(1).end(6).enqueued()).isEqualTo(2);
    }

    @Test
    void vpStateRoundTripsTheOsRing() {
        byte[] state = {0, 5, 0x40, (byte) 0xff, (byte) 0xff, 0, (byte) 0xff, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        xive.setVpState(1, state);
        assertThat(xive.vpState(1)).isEqualTo(state);
        assertThatThrownBy(() -> xive.setVpState(1, new byte[8])).isInstanceOf(KvmException.class);
    }

    @Test
    void configurationErrorsUseTheKernelErrnos() {
        assertThatThrownBy(() -> xive.setSource(0x2000, 0)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.is(Errno.E2BIG)).isTrue());
        xive.setSource(0x1301, 0);
        assertThatThrownBy(() -> xive.configureSource(0x1301, config(0, 5, false, 1)))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.ENXIO)).isTrue());
        assertThatThrownBy(() -> xive.configureSource(0x1302, config(0, 6, false, 1)))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThatThrownBy(() -> xive.configureQueue(1 << 3 | 5, 0, 12, QADDR, 0, 0))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThatThrownBy(() -> xive.configureQueue(1 << 3 | 5, 1, 13, QADDR, 0, 0))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThatThrownBy(() -> xive.configureQueue(1 << 3 | 5, 1, 16, QADDR + 0x1000, 0, 0))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.EINVAL)).isTrue());
        assertThatThrownBy(() -> xive.configureQueue(9 << 3 | 5, 1, 12, QADDR, 0, 0))
                .isInstanceOfSatisfying(KvmException.class, e -> assertThat(e.is(Errno.ENOENT)).isTrue());
        assertThat(xive.thread(1).end(5).configured()).isFalse();
        assertThatThrownBy(() -> xive.irqLine(0x1303, -1)).isInstanceOf(KvmException.class);
    }

    @Test
    void resetMasksEverySourceAndQueue() {
        xive.reset();
        assertThat(xive.source(MSI).pq()).isEqualTo(1);
        assertThat(xive.source(MSI).easMasked()).isTrue();
        assertThat(xive.thread(0).end(6).configured()).isFalse();
    }

    @Test
    void heldAgendaRunsOneHopPerStep() {
        agenda.hold(true);
        xive.irqLine(MSI, XiveController.LEVEL_SET);
        assertThat(agenda.pending()).isEqualTo(1);
        agenda.runOne();
        assertThat(xive.source(MSI).pq()).isEqualTo(2);
        agenda.runOne();
        assertThat(xive.thread(0).end(6).enqueued()).isZero();
        agenda.runOne();
        assertThat(xive.thread(0).end(6).enqueued()).isEqualTo(1);
        assertThat(xive.thread(0).nsr()).isZero();
        agenda.runOne();
        assertThat(xive.thread(0).nsr()).isEqualTo(0x80);
        assertThat(agenda.runOne()).isFalse();
        assertThat(stages).endsWith("trigger", "eas", "enqueue", "notify");
    }
}
