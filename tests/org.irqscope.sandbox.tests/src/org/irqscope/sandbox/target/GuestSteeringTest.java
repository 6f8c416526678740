// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.target.TargetException;
import org.junit.jupiter.api.Test;

class GuestSteeringTest {

    /** Records what the command form turned into. */
    private static final class Recorder implements GuestSteering {
        final List<String> calls = new ArrayList<>();

        @Override
        public void holdEoi(int vector) {
            calls.add("hold " + vector);
        }

        @Override
        public void releaseEoiHold() {
            calls.add("release");
        }

        @Override
        public int heldEoi() {
            return -1;
        }

        @Override
        public void setGuestInterrupts(int vcpu, boolean enabled) {
            calls.add((enabled ? "sti " : "cli ") + vcpu);
        }

        @Override
        public void setPicMasks(int masterMask, int slaveMask) {
            calls.add("pic " + masterMask + " " + slaveMask);
        }

        @Override
        public void sendIpi(int from, int to, int vector) {
            calls.add("ipi " + from + " " + to + " " + vector);
        }
    }

    @Test
    void parsesTheCommandForms() throws TargetException {
        Recorder r = new Recorder();
        r.steer("hold-eoi 0x41");
        r.steer("  HOLD-EOI   off ");
        r.steer("cli 1");
        r.steer("sti 0");
        r.steer("pic-mask 0xfb 255");
        r.steer("ipi 0 3 0x70");
        assertThat(r.calls).containsExactly("hold 65", "release", "cli 1", "sti 0", "pic 251 255", "ipi 0 3 112");
    }

    @Test
    void refusesMalformedCommands() {
        Recorder r = new Recorder();
        assertThatThrownBy(() -> r.steer("hold-eoi")).hasMessageContaining("takes 1 argument");
        assertThatThrownBy(() -> r.steer("ipi 0 1")).hasMessageContaining("takes 3 arguments");
        assertThatThrownBy(() -> r.steer("hold-eoi sixty")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> r.steer("nmi 0")).isInstanceOfSatisfying(TargetException.class,
                e -> assertThat(e.kind()).isEqualTo(TargetException.Kind.INVALID_ARGUMENT));
        assertThat(r.calls).isEmpty();
    }
}
