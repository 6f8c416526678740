// SPDX-License-Identifier: EPL-2.0
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The state-read floor again, from Java through the Foreign Function & Memory API (Java 22+) instead of C: the same
 * VM as state_read_floor.c's "never run" case and the same 3 x KVM_GET_IRQCHIP + N x KVM_GET_LAPIC per read. It
 * tells what a Java binding costs per ioctl without JNA, for the decision between JNA (the product's binding, which
 * supports Java 21) and FFM. Run with the source launcher:
 *
 * <pre>java --enable-native-access=ALL-UNNAMED FfmStateReadFloor.java [vcpus=4] [iterations=20000]</pre>
 */
public final class FfmStateReadFloor {
    private static final long KVM_CREATE_VM = 0xAE01;
    private static final long KVM_CREATE_VCPU = 0xAE41;
    private static final long KVM_SET_TSS_ADDR = 0xAE47;
    private static final long KVM_CREATE_IRQCHIP = 0xAE60;
    /** _IOWR(KVMIO, 0x62, struct kvm_irqchip), 520 bytes. */
    private static final long KVM_GET_IRQCHIP = (3L << 30) | (520L << 16) | (0xAEL << 8) | 0x62;
    /** _IOR(KVMIO, 0x8e, struct kvm_lapic_state), 1024 bytes. */
    private static final long KVM_GET_LAPIC = (2L << 30) | (1024L << 16) | (0xAEL << 8) | 0x8e;
    private static final int ROUNDS = 20;

    private static MethodHandle ioctl;
    private static int vmFd;
    private static int[] vcpuFds;
    private static MemorySegment[] chips;
    private static MemorySegment[] lapics;

    public static void main(String[] args) throws Throwable {
        int vcpus = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long iterations = args.length > 1 ? Long.parseLong(args[1]) : 20000;
        Linker linker = Linker.nativeLinker();
        ioctl = linker.downcallHandle(linker.defaultLookup().find("ioctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                        ValueLayout.JAVA_LONG),
                Linker.Option.firstVariadicArg(2));
        MethodHandle open = linker.downcallHandle(linker.defaultLookup().find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        try (Arena arena = Arena.ofConfined()) {
            int kvm = (int) open.invokeExact(arena.allocateFrom("/dev/kvm"), 2 | 0x80000);
            vmFd = must(call(kvm, KVM_CREATE_VM, 0), "KVM_CREATE_VM");
            must(call(vmFd, KVM_SET_TSS_ADDR, 0xfffbd000L), "KVM_SET_TSS_ADDR");
            must(call(vmFd, KVM_CREATE_IRQCHIP, 0), "KVM_CREATE_IRQCHIP");
            vcpuFds = new int[vcpus];
            for (int i = 0; i < vcpus; i++) {
                vcpuFds[i] = must(call(vmFd, KVM_CREATE_VCPU, i), "KVM_CREATE_VCPU");
            }
            chips = new MemorySegment[3];
            for (int c = 0; c < 3; c++) {
                chips[c] = arena.allocate(520);
                chips[c].set(ValueLayout.JAVA_INT, 0, c);
            }
            lapics = new MemorySegment[vcpus];
            for (int i = 0; i < vcpus; i++) {
                lapics[i] = arena.allocate(1024);
            }
            long perRound = Math.max(1, iterations / ROUNDS);
            // the JIT compiles the loop first; the C floor warms up the same number of reads
            for (long n = 0; n < Math.max(perRound, 5000); n++) {
                read();
            }
            double best = Double.MAX_VALUE;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                for (long n = 0; n < perRound; n++) {
                    read();
                }
                best = Math.min(best, (System.nanoTime() - t0) / (double) perRound);
            }
            System.out.printf("FFM vcpus=%d iterations=%d never run: best round %.1f ns/read%n", vcpus, iterations,
                    best);
        }
    }

    private static void read() throws Throwable {
        for (int c = 0; c < 3; c++) {
            must(call(vmFd, KVM_GET_IRQCHIP, chips[c].address()), "KVM_GET_IRQCHIP");
        }
        for (int i = 0; i < vcpuFds.length; i++) {
            must(call(vcpuFds[i], KVM_GET_LAPIC, lapics[i].address()), "KVM_GET_LAPIC");
        }
    }

    private static int call(int fd, long request, long argument) throws Throwable {
        return (int) ioctl.invokeExact(fd, request, argument);
    }

    private static int must(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " failed");
        }
        return result;
    }
}
