// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.guest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny assembler for the 16-bit real-mode instructions the sandbox guest needs, nothing more. Each method emits
 * one instruction; its comment gives the Intel SDM encoding. Jumps take labels and are patched in {@link #assemble()}.
 *
 * <p>Segment overrides: {@code 0x64} = FS (the vCPU's own data page: counters and mailbox), {@code 0x65} = GS (based
 * at 0xFEE00000, so GS:offset is the LAPIC register at that offset). {@code 0x66} selects 32-bit operands in a
 * 16-bit code segment; addresses stay 16-bit ({@code [disp16]} is ModRM mod=00 rm=110, {@code [bx]} is rm=111).
 */
public final class RealModeAssembler {
    private static final int FS = 0x64;
    private static final int GS = 0x65;
    private static final int OPERAND_32 = 0x66;

    private final int origin;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<Fixup> fixups = new ArrayList<>();

    private record Fixup(int at, String label, int width, int next) {
    }

    /** @param origin the offset (within the code segment) of the first byte emitted */
    public RealModeAssembler(int origin) {
        this.origin = origin;
    }

    /** The offset of the next byte emitted. */
    public int here() {
        return origin + code.size();
    }

    /** Defines {@code name} at the current offset. */
    public RealModeAssembler label(String name) {
        if (labels.putIfAbsent(name, here()) != null) {
            throw new IllegalArgumentException("label " + name + " is defined twice");
        }
        return this;
    }

    private RealModeAssembler emit(int... bytes) {
        for (int b : bytes) {
            code.write(b);
        }
        return this;
    }

    private RealModeAssembler emit16(int value) {
        return emit(value & 0xff, (value >>> 8) & 0xff);
    }

    private RealModeAssembler emit32(int value) {
        return emit16(value).emit16(value >>> 16);
    }

    private RealModeAssembler rel(String label, int width) {
        int at = code.size();
        int next = here() + width;
        for (int i = 0; i < width; i++) {
            code.write(0);
        }
        fixups.add(new Fixup(at, label, width, next));
        return this;
    }

    /** {@code push bx}: 53 (PUSH r16 = 50+rw). */
    public RealModeAssembler pushBx() {
        return emit(0x53);
    }

    /** {@code pop bx}: 5B (POP r16 = 58+rw). */
    public RealModeAssembler popBx() {
        return emit(0x5b);
    }

    /** {@code push ax}: 50. */
    public RealModeAssembler pushAx() {
        return emit(0x50);
    }

    /** {@code pop ax}: 58. */
    public RealModeAssembler popAx() {
        return emit(0x58);
    }

    /** {@code mov bx, imm16}: BB iw (MOV r16, imm16 = B8+rw). */
    public RealModeAssembler movBxImm(int imm16) {
        return emit(0xbb).emit16(imm16);
    }

    /** {@code mov al, imm8}: B0 ib. */
    public RealModeAssembler movAlImm(int imm8) {
        return emit(0xb0, imm8 & 0xff);
    }

    /** {@code cmp bx, imm16}: 81 /7 iw, ModRM 11 111 011 = FB. */
    public RealModeAssembler cmpBxImm(int imm16) {
        return emit(0x81, 0xfb).emit16(imm16);
    }

    /** {@code cmp word [ds:disp16], bx}: 39 /r, ModRM 00 011 110 = 1E, disp16. */
    public RealModeAssembler cmpMemBx(int disp16) {
        return emit(0x39, 0x1e).emit16(disp16);
    }

    /** {@code inc dword [fs:bx]}: 64 66 FF /0, ModRM 00 000 111 = 07. */
    public RealModeAssembler incFsDwordAtBx() {
        return emit(FS, OPERAND_32, 0xff, 0x07);
    }

    /** {@code mov dword [gs:disp16], imm32}: 65 66 C7 /0, ModRM 00 000 110 = 06, disp16, imm32. */
    public RealModeAssembler movGsDwordImm(int disp16, int imm32) {
        return emit(GS, OPERAND_32, 0xc7, 0x06).emit16(disp16).emit32(imm32);
    }

    /** {@code mov dword [gs:bx], eax}: 65 66 89 /r, ModRM 00 000 111 = 07. */
    public RealModeAssembler movGsAtBxEax() {
        return emit(GS, OPERAND_32, 0x89, 0x07);
    }

    /** {@code test byte [fs:disp16], imm8}: 64 F6 /0, ModRM 06, disp16, ib. */
    public RealModeAssembler testFsByteImm(int disp16, int imm8) {
        return emit(FS, 0xf6, 0x06).emit16(disp16).emit(imm8 & 0xff);
    }

    /** {@code mov eax, [fs:disp16]}: 64 66 A1 disp16 (MOV eAX, moffs). */
    public RealModeAssembler movEaxFs(int disp16) {
        return emit(FS, OPERAND_32, 0xa1).emit16(disp16);
    }

    /** {@code mov [fs:disp16], eax}: 64 66 A3 disp16 (MOV moffs, eAX). */
    public RealModeAssembler movFsEax(int disp16) {
        return emit(FS, OPERAND_32, 0xa3).emit16(disp16);
    }

    /** {@code cmp eax, [fs:disp16]}: 64 66 3B /r, ModRM 00 000 110 = 06, disp16. */
    public RealModeAssembler cmpEaxFs(int disp16) {
        return emit(FS, OPERAND_32, 0x3b, 0x06).emit16(disp16);
    }

    /** {@code cmp eax, imm8} (sign-extended): 66 83 /7 ib, ModRM 11 111 000 = F8. */
    public RealModeAssembler cmpEaxImm8(int imm8) {
        return emit(OPERAND_32, 0x83, 0xf8, imm8 & 0xff);
    }

    /** {@code mov bx, [fs:disp16]}: 64 8B /r, ModRM 00 011 110 = 1E, disp16. */
    public RealModeAssembler movBxFs(int disp16) {
        return emit(FS, 0x8b, 0x1e).emit16(disp16);
    }

    /** {@code mov dx, [fs:disp16]}: 64 8B /r, ModRM 00 010 110 = 16, disp16. */
    public RealModeAssembler movDxFs(int disp16) {
        return emit(FS, 0x8b, 0x16).emit16(disp16);
    }

    /** {@code mov al, [fs:disp16]}: 64 A0 disp16 (MOV AL, moffs8). */
    public RealModeAssembler movAlFs(int disp16) {
        return emit(FS, 0xa0).emit16(disp16);
    }

    /** {@code mov [fs:disp16], al}: 64 A2 disp16 (MOV moffs8, AL). */
    public RealModeAssembler movFsAl(int disp16) {
        return emit(FS, 0xa2).emit16(disp16);
    }

    /** {@code out imm8, al}: E6 ib. */
    public RealModeAssembler outImmAl(int port) {
        return emit(0xe6, port & 0xff);
    }

    /** {@code out dx, al}: EE. */
    public RealModeAssembler outDxAl() {
        return emit(0xee);
    }

    /** {@code iret}: CF (16-bit: pops IP, CS, FLAGS). */
    public RealModeAssembler iret() {
        return emit(0xcf);
    }

    /** {@code sti}: FB. */
    public RealModeAssembler sti() {
        return emit(0xfb);
    }

    /** {@code cli}: FA. */
    public RealModeAssembler cli() {
        return emit(0xfa);
    }

    /** {@code hlt}: F4. */
    public RealModeAssembler hlt() {
        return emit(0xf4);
    }

    /** {@code jmp rel16}: E9 cw. */
    public RealModeAssembler jmp(String label) {
        return emit(0xe9).rel(label, 2);
    }

    /** {@code jmp rel8}: EB cb. */
    public RealModeAssembler jmpShort(String label) {
        return emit(0xeb).rel(label, 1);
    }

    /** {@code je/jz rel8}: 74 cb. */
    public RealModeAssembler je(String label) {
        return emit(0x74).rel(label, 1);
    }

    /** {@code jb/jc rel8} (unsigned below): 72 cb. */
    public RealModeAssembler jb(String label) {
        return emit(0x72).rel(label, 1);
    }

    /** {@code jae/jnc rel8} (unsigned above or equal): 73 cb. */
    public RealModeAssembler jae(String label) {
        return emit(0x73).rel(label, 1);
    }

    /** The address of a defined label. */
    public int address(String label) {
        Integer a = labels.get(label);
        if (a == null) {
            throw new IllegalArgumentException("label " + label + " is not defined");
        }
        return a;
    }

    /** The machine code with every jump resolved. */
    public byte[] assemble() {
        byte[] out = code.toByteArray();
        for (Fixup f : fixups) {
            int displacement = address(f.label()) - f.next();
            if (f.width() == 1 && (displacement < -128 || displacement > 127)) {
                throw new IllegalStateException("short jump to " + f.label() + " spans " + displacement
                        + " bytes; it reaches only -128..127");
            }
            out[f.at()] = (byte) displacement;
            if (f.width() == 2) {
                out[f.at() + 1] = (byte) (displacement >> 8);
            }
        }
        return out;
    }
}
