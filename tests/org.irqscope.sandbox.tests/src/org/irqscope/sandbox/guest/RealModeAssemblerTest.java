// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * Every instruction against the bytes GNU as 2.40 emits for it in {@code .code16} (objdump -M i8086 shows the AT&T
 * form in each comment).
 */
class RealModeAssemblerTest {

    private static String bytes(Consumer<RealModeAssembler> emit) {
        RealModeAssembler a = new RealModeAssembler(0);
        emit.accept(a);
        return HexFormat.of().formatHex(a.assemble());
    }

    @Test
    void encodesEachInstructionAsGnuAsDoes() {
        assertThat(bytes(RealModeAssembler::pushBx)).isEqualTo("53"); // push %bx
        assertThat(bytes(RealModeAssembler::popBx)).isEqualTo("5b"); // pop %bx
        assertThat(bytes(RealModeAssembler::pushAx)).isEqualTo("50"); // push %ax
        assertThat(bytes(RealModeAssembler::popAx)).isEqualTo("58"); // pop %ax
        assertThat(bytes(a -> a.movBxImm(0x1234))).isEqualTo("bb3412"); // mov $0x1234,%bx
        assertThat(bytes(a -> a.movAlImm(0x20))).isEqualTo("b020"); // mov $0x20,%al
        assertThat(bytes(a -> a.cmpBxImm(0xc0))).isEqualTo("81fbc000"); // cmp $0xc0,%bx
        assertThat(bytes(a -> a.cmpMemBx(0x500))).isEqualTo("391e0005"); // cmp %bx,0x500
        assertThat(bytes(RealModeAssembler::incFsDwordAtBx)).isEqualTo("6466ff07"); // incl %fs:(%bx)
        assertThat(bytes(a -> a.movGsDwordImm(0xb0, 0))).isEqualTo("6566c706b00000000000"); // movl $0,%gs:0xb0
        assertThat(bytes(RealModeAssembler::movGsAtBxEax)).isEqualTo("65668907"); // mov %eax,%gs:(%bx)
        assertThat(bytes(a -> a.testFsByteImm(0x414, 1))).isEqualTo("64f606140401"); // testb $1,%fs:0x414
        assertThat(bytes(a -> a.movEaxFs(0x400))).isEqualTo("6466a10004"); // mov %fs:0x400,%eax
        assertThat(bytes(a -> a.movFsEax(0x410))).isEqualTo("6466a31004"); // mov %eax,%fs:0x410
        assertThat(bytes(a -> a.cmpEaxFs(0x410))).isEqualTo("64663b061004"); // cmp %fs:0x410,%eax
        assertThat(bytes(a -> a.cmpEaxImm8(3))).isEqualTo("6683f803"); // cmp $0x3,%eax
        assertThat(bytes(a -> a.movBxFs(0x408))).isEqualTo("648b1e0804"); // mov %fs:0x408,%bx
        assertThat(bytes(a -> a.movDxFs(0x408))).isEqualTo("648b160804"); // mov %fs:0x408,%dx
        assertThat(bytes(a -> a.movAlFs(0x40c))).isEqualTo("64a00c04"); // mov %fs:0x40c,%al
        assertThat(bytes(a -> a.movFsAl(0x414))).isEqualTo("64a21404"); // mov %al,%fs:0x414
        assertThat(bytes(a -> a.outImmAl(0x20))).isEqualTo("e620"); // out %al,$0x20
        assertThat(bytes(RealModeAssembler::outDxAl)).isEqualTo("ee"); // out %al,(%dx)
        assertThat(bytes(RealModeAssembler::iret)).isEqualTo("cf"); // iret
        assertThat(bytes(RealModeAssembler::sti)).isEqualTo("fb"); // sti
        assertThat(bytes(RealModeAssembler::cli)).isEqualTo("fa"); // cli
        assertThat(bytes(RealModeAssembler::hlt)).isEqualTo("f4"); // hlt
    }

    @Test
    void resolvesJumpsBackwardAndForward() {
        // 0: hlt; 1: jmp short 0 (EB FD); 3: je 8 (74 03); 5: jmp near 0 (E9 F8 FF); 8: iret
        String code = bytes(a -> a.label("top").hlt().jmpShort("top").je("end").jmp("top").label("end").iret());
        assertThat(code).isEqualTo("f4ebfd7403e9f8ffcf");
        // jb/jae at origin 0x1000: the displacement is relative to the next instruction, not to the origin.
        RealModeAssembler a = new RealModeAssembler(0x1000);
        a.jb("x").jae("x").label("x");
        assertThat(HexFormat.of().formatHex(a.assemble())).isEqualTo("72027300");
        assertThat(a.address("x")).isEqualTo(0x1004);
    }

    @Test
    void refusesAShortJumpOutOfReachAndUnknownOrDuplicateLabels() {
        RealModeAssembler far = new RealModeAssembler(0);
        far.jmpShort("far");
        for (int i = 0; i < 200; i++) {
            far.hlt();
        }
        far.label("far");
        assertThatThrownBy(far::assemble).hasMessageContaining("reaches only -128..127");
        assertThatThrownBy(() -> new RealModeAssembler(0).jmp("nowhere").assemble())
                .hasMessageContaining("nowhere is not defined");
        assertThatThrownBy(() -> new RealModeAssembler(0).label("a").label("a")).hasMessageContaining("twice");
    }
}
