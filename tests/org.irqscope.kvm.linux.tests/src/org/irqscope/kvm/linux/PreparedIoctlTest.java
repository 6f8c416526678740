// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The libffi call path on a descriptor every Linux has: FIONREAD on a pipe reports how many bytes wait in it, so the
 * value the ioctl writes through the argument pointer is known. Runs without /dev/kvm.
 */
class PreparedIoctlTest {
    /** asm-generic FIONREAD (x86_64, arm64, s390x); powerpc has its own. */
    private static final long FIONREAD = 0x541B;

    /** What the test needs beyond {@link LibC}. */
    static final class Pipes {
        static {
            Native.register(Pipes.class, NativeLibrary.getInstance("c"));
        }

        static native int pipe(int[] fds);

        static native long write(int fd, byte[] data, long count);

        static native int close(int fd);
    }

    private final int[] pipe = new int[2];
    private final Memory count = new Memory(4);

    @BeforeEach
    void openPipe() {
        assertThat(Pipes.pipe(pipe)).isZero();
    }

    @AfterEach
    void closePipe() {
        Pipes.close(pipe[0]);
        Pipes.close(pipe[1]);
        count.close();
    }

    @Test
    void libffiTakesTheSignatureOnThisHost() {
        // otherwise every call silently takes the slower direct-mapped path and the other tests prove nothing new
        assertThat(PreparedIoctl.prepared()).isTrue();
    }

    @Test
    void theIoctlWritesThroughTheArgumentAndReturnsItsResult() {
        assertThat(Pipes.write(pipe[1], new byte[37], 37)).isEqualTo(37);
        AtomicInteger failures = new AtomicInteger();
        try (PreparedIoctl call = new PreparedIoctl(pipe[0], FIONREAD, count, failures::incrementAndGet)) {
            count.setInt(0, -1);
            assertThat(call.call()).isZero();
            assertThat(count.getInt(0)).isEqualTo(37);
            // the same block again after the pipe changed: nothing of the first call is cached
            assertThat(Pipes.write(pipe[1], new byte[5], 5)).isEqualTo(5);
            assertThat(call.call()).isZero();
            assertThat(count.getInt(0)).isEqualTo(42);
        }
        assertThat(failures).hasValue(0);
    }

    @Test
    void aFailedCallIsHandedToTheFallbackThatReadsErrno() {
        Pipes.close(pipe[0]);
        Pipes.close(pipe[1]);
        AtomicInteger failures = new AtomicInteger();
        try (PreparedIoctl call = new PreparedIoctl(pipe[0], FIONREAD, count, () -> {
            failures.incrementAndGet();
            return -7;
        })) {
            assertThat(call.call()).isEqualTo(-7);
        }
        assertThat(failures).hasValue(1);
        assertThat(Pipes.pipe(pipe)).isZero(); // so closePipe closes live descriptors
    }
}
