// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GuestProgramTest {
    private final GuestProgram program = GuestProgram.assemble();

    @Property
    void everyIvtEntryPointsAtItsVectorsStub(@ForAll @IntRange(min = 0, max = 255) int vector) {
        byte[] ivt = program.ivt();
        int offset = (ivt[4 * vector] & 0xff) | (ivt[4 * vector + 1] & 0xff) << 8;
        int segment = (ivt[4 * vector + 2] & 0xff) | (ivt[4 * vector + 3] & 0xff) << 8;
        assertThat(segment).isZero();
        assertThat(offset).isEqualTo(program.stub(vector));
        // The stub: push bx (53); mov bx, vector * 4 (BB lo hi); jmp near to the common handler (E9 ..).
        byte[] code = program.code();
        int at = offset - GuestProgram.CODE;
        assertThat(code[at]).isEqualTo((byte) 0x53);
        assertThat(code[at + 1]).isEqualTo((byte) 0xbb);
        assertThat((code[at + 2] & 0xff) | (code[at + 3] & 0xff) << 8).isEqualTo(vector * 4);
        assertThat(code[at + 4]).isEqualTo((byte) 0xe9);
        int target = offset + 7 + (short) ((code[at + 5] & 0xff) | (code[at + 6] & 0xff) << 8);
        assertThat(HexFormat.of().formatHex(code, target - GuestProgram.CODE, target - GuestProgram.CODE + 4))
                .as("the handler starts by counting the vector: inc dword [fs:bx]").isEqualTo("6466ff07");
    }

    @Test
    void theEntryIsTheIdleLoopAndTheProgramFitsBelowTheDataPages() {
        assertThat(program.entry()).isEqualTo(GuestProgram.CODE);
        byte[] code = program.code();
        // test byte [fs:INTERRUPTS_ENABLED], 1 — the idle loop first asks whether to idle with sti or cli.
        assertThat(HexFormat.of().formatHex(code, 0, 6)).isEqualTo("64f606140401");
        assertThat(GuestProgram.CODE + code.length).isLessThan(GuestProgram.DATA_BASE);
        assertThat(GuestProgram.stackSegment(GuestProgram.MAX_VCPUS - 1) + GuestProgram.PER_VCPU_STRIDE)
                .isLessThanOrEqualTo(GuestProgram.MEMORY_SIZE);
        assertThat(GuestProgram.dataPage(3)).isEqualTo(0x13000);
        assertThatThrownBy(() -> program.stub(256)).isInstanceOf(IllegalArgumentException.class);
    }
}
