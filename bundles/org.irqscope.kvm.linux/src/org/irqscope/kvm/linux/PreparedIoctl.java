// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntSupplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import org.irqscope.kvm.KvmIoctl;

/**
 * One read-only ioctl whose descriptor, request and argument buffer never change (KVM_GET_LAPIC into a vCPU's page,
 * KVM_GET_IRQCHIP into the VM's irqchip buffer), called through JNA's libffi entry point {@link Native#ffi_call}
 * with its argument block laid out once.
 *
 * <p>Why not the direct-mapped {@link LibC#ioctl}: JNA binds a direct-mapped method to a libffi closure that decodes
 * the JNI arguments and then calls libffi again. On this project's reference host (a PVM guest, where the caches are
 * cold after every syscall) that longer path cost ~0.45 us per ioctl more than this one: the seven ioctls of a state
 * read took 24.5 us direct-mapped and 21.2 us here, against 18.4 us from C. {@code ffi_call} is one JNI method taking
 * four addresses.
 *
 * <p>{@code ffi_call} does not capture errno, and between the ioctl and Java nothing keeps the JVM from changing it.
 * So a failed call (result -1) is handed to {@code onFailure}, which issues the ioctl once more through
 * {@link KvmFileDescriptor#call}: JNA captures errno there and the {@code KvmException} names it. That is sound only
 * because the ioctls prepared here only read: issuing one twice changes nothing.
 *
 * <p>Not thread-safe: the result slot is shared, so callers hold the lock that guards the argument buffer anyway.
 */
final class PreparedIoctl implements AutoCloseable {
    /** libffi's {@code FFI_TYPE_*} codes (stable since libffi 1) and the layout of {@code ffi_type}. */
    private static final short FFI_TYPE_SINT32 = 10;
    private static final short FFI_TYPE_UINT64 = 11;
    private static final short FFI_TYPE_POINTER = 14;
    /** {@code struct ffi_type { size_t size; unsigned short alignment, type; ffi_type **elements; }}. */
    private static final int FFI_TYPE_SIZE = 24;
    /** {@code int ioctl(int fd, unsigned long request, void *argument)}, prepared once for the process. */
    private static final Signature IOCTL = Signature.prepare();

    /** What a failed call does instead: issue the ioctl through JNA's errno-capturing path and throw. */
    private final IntSupplier onFailure;
    /** Three argument values, their three addresses (what libffi reads), then the 8-byte result slot. */
    private final Memory block;
    private final ByteBuffer result;
    private final long values;
    private final long resultAddress;

    /** {@code io} on {@code fd} into {@code argument}; a failure throws the {@code KvmException} naming errno. */
    static PreparedIoctl of(KvmFileDescriptor fd, KvmIoctl io, Pointer argument) {
        return new PreparedIoctl(fd.fd(), fd.request(io), argument, () -> fd.call(io, argument, null));
    }

    PreparedIoctl(int fd, long request, Pointer argument, IntSupplier onFailure) {
        this.onFailure = onFailure;
        this.block = new Memory(3 * 8 + 3 * 8 + 8);
        ByteBuffer b = block.getByteBuffer(0, block.size()).order(ByteOrder.nativeOrder());
        values = Pointer.nativeValue(block);
        b.putLong(0, fd);
        b.putLong(8, request);
        b.putLong(16, Pointer.nativeValue(argument));
        for (int i = 0; i < 3; i++) {
            b.putLong(24 + 8 * i, values + 8 * i);
        }
        resultAddress = values + 48;
        result = b;
    }

    /** Whether calls go through {@code ffi_call}; false where libffi refused the signature (then plain JNA). */
    static boolean prepared() {
        return IOCTL != null;
    }

    /** Issues the ioctl; a failure returns or throws what {@code onFailure} does. */
    int call() {
        if (IOCTL != null) {
            Native.ffi_call(IOCTL.cif, IOCTL.function, resultAddress, values + 24);
            // libffi widens an int result to a full register slot: the low 32 bits are the int
            int r = result.getInt(48);
            if (r != -1) {
                return r;
            }
        }
        return onFailure.getAsInt();
    }

    @Override
    public void close() {
        block.close();
    }

    /**
     * A prepared {@code ffi_cif}, the function it calls and the type descriptions the cif points to, which must live
     * as long as it: never freed (one per process).
     */
    private record Signature(long cif, long function, Memory types, Memory arguments) {
        static Signature prepare() {
            try {
                Memory types = new Memory(3L * FFI_TYPE_SIZE);
                types.clear();
                type(types, 0, 4, FFI_TYPE_SINT32);
                type(types, 1, 8, FFI_TYPE_UINT64);
                type(types, 2, 8, FFI_TYPE_POINTER);
                Memory arguments = new Memory(3L * Native.POINTER_SIZE);
                for (int i = 0; i < 3; i++) {
                    arguments.setPointer((long) i * Native.POINTER_SIZE, types.share((long) i * FFI_TYPE_SIZE));
                }
                long cif = Native.ffi_prep_cif(0, 3, Pointer.nativeValue(types), Pointer.nativeValue(arguments));
                if (cif == 0) {
                    return null;
                }
                long function = Pointer.nativeValue(NativeLibrary.getInstance("c").getFunction("ioctl"));
                return new Signature(cif, function, types, arguments);
            } catch (RuntimeException | LinkageError e) {
                // libffi or JNA refused: every call takes the direct-mapped path instead, which is correct, only slower
                return null;
            }
        }

        private static void type(Memory types, int index, int size, short code) {
            long at = (long) index * FFI_TYPE_SIZE;
            types.setLong(at, size);
            types.setShort(at + 8, (short) size);
            types.setShort(at + 10, code);
        }
    }
}
