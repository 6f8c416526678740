// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.guest;

import org.irqscope.kvm.GuestMemory;

/**
 * The sandbox guest: a 16-bit real-mode program that every vCPU runs from the same entry with its own FS (data
 * page), SS (stack) and GS (based at the LAPIC, 0xFEE00000). Real mode because this host's KVM runs guests through
 * its instruction emulator, where real-mode interrupt delivery works and a protected-mode {@code iret} does not
 * (architecture page, "What the machine we build on can and cannot do").
 *
 * <p>What it does:
 * <ul>
 * <li>Idles in {@code sti; hlt} (or {@code cli; hlt} when the mailbox turned interrupts off).</li>
 * <li>Every vector has a 7-byte stub in the IVT that loads {@code bx = vector * 4} and jumps to one common handler.
 * The handler counts the vector in its vCPU's data page ({@code inc dword [fs:bx]}), then sends EOI: vectors
 * 0x20–0x2F came from the PIC pair (EOI to the slave at 0xA0 for 0x28–0x2F, and to the master at 0x20), vectors
 * 0x30–0xFE from the LAPIC (write 0 to its EOI register, GS:0xB0). Exceptions (0–0x1F) and the spurious vector
 * 0xFF take no EOI. While the global hold key equals {@code vector * 4}, the handler skips the EOI, so the vector
 * stays in service (LAPIC ISR / PIC ISR) and blocks its priority class.</li>
 * <li>When woken, it serves its mailbox: a command with a sequence number, executed once, then acknowledged by
 * copying the sequence number.</li>
 * </ul>
 *
 * <p>Memory map (guest-physical): IVT at 0, the global hold key (u16) at {@link #HOLD_KEY}, code at
 * {@link #CODE}, vCPU n's data page at {@code 0x10000 + n * 0x1000} (256 u32 counters, then the mailbox at 0x400),
 * its stack at {@code 0x20000 + n * 0x1000}.
 */
public final class GuestProgram {
    /** Guest RAM size: IVT, code, eight data pages, eight stacks. */
    public static final int MEMORY_SIZE = 0x40000;
    public static final int HOLD_KEY = 0x500;
    /** The hold key's value when no vector is held (no vector * 4 equals it). */
    public static final int HOLD_NONE = 0xffff;
    public static final int CODE = 0x1000;
    public static final int DATA_BASE = 0x10000;
    public static final int STACK_BASE = 0x20000;
    /** Size of a vCPU's data page and of its stack. */
    public static final int PER_VCPU_STRIDE = 0x1000;
    public static final int MAX_VCPUS = 8;
    /** Offsets within a vCPU's data page. */
    public static final int COUNTERS = 0x000;
    public static final int MAILBOX_SEQUENCE = 0x400;
    public static final int MAILBOX_COMMAND = 0x404;
    public static final int MAILBOX_ARG0 = 0x408;
    public static final int MAILBOX_ARG1 = 0x40c;
    public static final int MAILBOX_ACK = 0x410;
    /** Byte: 1 = idle with interrupts enabled (sti; hlt), 0 = with interrupts disabled (cli; hlt). */
    public static final int INTERRUPTS_ENABLED = 0x414;
    /** Command: write arg1 (u32) to the LAPIC register at offset arg0. */
    public static final int COMMAND_APIC_WRITE = 1;
    /** Command: write the byte arg1 to I/O port arg0 (PIC masks and EOIs). */
    public static final int COMMAND_PORT_OUT = 2;
    /** Command: idle with interrupts enabled (arg0 = 1) or disabled (arg0 = 0). */
    public static final int COMMAND_SET_INTERRUPTS = 3;
    /** The linear base of GS: the xAPIC page. */
    public static final long LAPIC_BASE = 0xfee00000L;
    public static final int LAPIC_EOI = 0xb0;
    /** PIC master vectors 0x20..0x27, slave 0x28..0x2F (ICW2, programmed by the sandbox). */
    public static final int PIC_MASTER_BASE = 0x20;
    public static final int PIC_SLAVE_BASE = 0x28;
    /** The first vector served by the LAPIC (everything from here to 0xFE). */
    public static final int FIRST_LAPIC_VECTOR = 0x30;
    /** The LAPIC spurious vector (SVR bits 7:0), which takes no EOI. */
    public static final int SPURIOUS_VECTOR = 0xff;
    private static final int STUB_SIZE = 7;

    private final byte[] code;
    private final int entry;
    private final int firstStub;

    private GuestProgram(byte[] code, int entry, int firstStub) {
        this.code = code;
        this.entry = entry;
        this.firstStub = firstStub;
    }

    /** Assembles the program. */
    public static GuestProgram assemble() {
        RealModeAssembler a = new RealModeAssembler(CODE);
        a.label("idle")
                .testFsByteImm(INTERRUPTS_ENABLED, 1)
                .je("idle_masked")
                .sti()
                .hlt()
                .jmpShort("mailbox")
                .label("idle_masked")
                .cli()
                .hlt()
                .label("mailbox")
                // Commands run with interrupts off so a handler never interleaves with a half-done command.
                .cli()
                .movEaxFs(MAILBOX_SEQUENCE)
                .cmpEaxFs(MAILBOX_ACK)
                .je("idle")
                .movEaxFs(MAILBOX_COMMAND)
                .cmpEaxImm8(COMMAND_APIC_WRITE)
                .je("apic_write")
                .cmpEaxImm8(COMMAND_PORT_OUT)
                .je("port_out")
                .cmpEaxImm8(COMMAND_SET_INTERRUPTS)
                .je("set_interrupts")
                .jmpShort("acknowledge")
                .label("apic_write")
                .movBxFs(MAILBOX_ARG0)
                .movEaxFs(MAILBOX_ARG1)
                .movGsAtBxEax()
                .jmpShort("acknowledge")
                .label("port_out")
                .movDxFs(MAILBOX_ARG0)
                .movAlFs(MAILBOX_ARG1)
                .outDxAl()
                .jmpShort("acknowledge")
                .label("set_interrupts")
                .movAlFs(MAILBOX_ARG0)
                .movFsAl(INTERRUPTS_ENABLED)
                .label("acknowledge")
                .movEaxFs(MAILBOX_SEQUENCE)
                .movFsEax(MAILBOX_ACK)
                .jmp("idle");
        a.label("handler")
                .incFsDwordAtBx()
                .cmpMemBx(HOLD_KEY)
                .je("handler_done")
                .cmpBxImm(SPURIOUS_VECTOR * 4)
                .je("handler_done")
                .cmpBxImm(FIRST_LAPIC_VECTOR * 4)
                .jae("lapic_eoi")
                .cmpBxImm(PIC_MASTER_BASE * 4)
                .jb("handler_done")
                .pushAx()
                // OCW2 non-specific EOI (0x20): to the slave first when the slave raised it, then the master.
                .movAlImm(0x20)
                .cmpBxImm(PIC_SLAVE_BASE * 4)
                .jb("master_eoi")
                .outImmAl(0xa0)
                .label("master_eoi")
                .outImmAl(0x20)
                .popAx()
                .jmpShort("handler_done")
                .label("lapic_eoi")
                .movGsDwordImm(LAPIC_EOI, 0)
                .label("handler_done")
                .popBx()
                .iret();
        int firstStub = a.here();
        for (int v = 0; v < 256; v++) {
            a.label("stub" + v).pushBx().movBxImm(v * 4).jmp("handler");
        }
        byte[] code = a.assemble();
        if (a.address("stub1") - a.address("stub0") != STUB_SIZE) {
            throw new IllegalStateException("a vector stub is not " + STUB_SIZE + " bytes");
        }
        return new GuestProgram(code, a.address("idle"), firstStub);
    }

    /** The machine code, to be placed at {@link #CODE}. */
    public byte[] code() {
        return code.clone();
    }

    /** Where every vCPU starts (CS = 0, IP = this). */
    public int entry() {
        return entry;
    }

    /** The offset (CS = 0) of the stub of {@code vector}. */
    public int stub(int vector) {
        if (vector < 0 || vector > 255) {
            throw new IllegalArgumentException("vector " + vector + " is outside 0..255");
        }
        return firstStub + STUB_SIZE * vector;
    }

    /** The real-mode interrupt vector table: 256 × (offset u16, segment u16 = 0), little-endian. */
    public byte[] ivt() {
        byte[] ivt = new byte[1024];
        for (int v = 0; v < 256; v++) {
            int offset = stub(v);
            ivt[4 * v] = (byte) offset;
            ivt[4 * v + 1] = (byte) (offset >>> 8);
        }
        return ivt;
    }

    /** Writes IVT, code and an empty hold key into guest memory starting at guest-physical 0. */
    public void load(GuestMemory memory) {
        memory.write(0, ivt());
        memory.write(CODE, code);
        memory.store(HOLD_KEY, 2, HOLD_NONE);
    }

    /** Guest-physical address of vCPU {@code vcpu}'s data page (its FS base). */
    public static long dataPage(int vcpu) {
        return DATA_BASE + (long) vcpu * PER_VCPU_STRIDE;
    }

    /** Guest-physical base of vCPU {@code vcpu}'s stack segment. */
    public static long stackSegment(int vcpu) {
        return STACK_BASE + (long) vcpu * PER_VCPU_STRIDE;
    }
}
