// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmCreateDevice;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIoctl;
import org.irqscope.kvm.KvmIrqLevel;
import org.irqscope.kvm.KvmIrqRoutingEntry;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmMsi;
import org.irqscope.kvm.KvmUserspaceMemoryRegion;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.internal.FieldRange;

/**
 * A VM fd. Injection and irqchip reads use native buffers allocated once per VM and guarded by their own locks,
 * so a loop of 100,000 injections or a 20 Hz state poll allocates no native memory per call; the buffers are freed
 * when the VM closes.
 */
final class LinuxKvmVm implements KvmVm {
    private final LinuxKvm kvm;
    private final KvmFileDescriptor fd;
    private final ByteOrder order;
    private final Memory irqLevel = new Memory(KvmIrqLevel.SIZE);
    private final Memory msi = new Memory(KvmMsi.SIZE);
    private final Memory irqchip = new Memory(KvmIrqchip.SIZE);
    private final ByteBuffer irqchipView = irqchip.getByteBuffer(0, KvmIrqchip.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    /** KVM_GET_IRQCHIP into {@link #irqchip}, made on first use (x86 only); guarded by {@code irqchip}. */
    private PreparedIoctl getIrqchip;
    private final List<LinuxKvmVcpu> vcpus = new ArrayList<>();
    private final List<LinuxKvmDevice> devices = new ArrayList<>();
    private final List<LinuxGuestMemory> slots = new ArrayList<>();
    private volatile boolean closed;

    LinuxKvmVm(LinuxKvm kvm, KvmFileDescriptor fd) {
        this.kvm = kvm;
        this.fd = fd;
        this.order = kvm.arch().byteOrder();
    }

    @Override
    public KvmArch arch() {
        return kvm.arch();
    }

    @Override
    public int checkExtension(int cap) {
        return fd.callValue(KvmIoctl.CHECK_EXTENSION, cap, "checking capability " + cap + " of the VM");
    }

    @Override
    public synchronized KvmDevice createDevice(int type) {
        checkOpen();
        try (Memory m = new Memory(KvmCreateDevice.SIZE)) {
            writeCreateDevice(m, type, 0);
            fd.call(KvmIoctl.CREATE_DEVICE, m, "creating a device of type " + type);
            LinuxKvmDevice d = new LinuxKvmDevice(this, type,
                    new KvmFileDescriptor(m.getInt(KvmCreateDevice.OFFSET_FD), kvm.arch()));
            devices.add(d);
            return d;
        }
    }

    @Override
    public boolean probeDevice(int type) {
        try (Memory m = new Memory(KvmCreateDevice.SIZE)) {
            writeCreateDevice(m, type, KvmCreateDevice.FLAG_TEST);
            fd.call(KvmIoctl.CREATE_DEVICE, m, "probing device type " + type);
            return true;
        } catch (KvmException e) {
            return false;
        }
    }

    private void writeCreateDevice(Memory m, int type, int flags) {
        ByteBuffer b = m.getByteBuffer(0, KvmCreateDevice.SIZE).order(order);
        new KvmCreateDevice(type, 0, flags).encode(b, order);
    }

    @Override
    public synchronized List<KvmDevice> devices() {
        return List.copyOf(devices);
    }

    synchronized void forget(LinuxKvmDevice d) {
        devices.remove(d);
    }

    synchronized void forget(LinuxKvmVcpu v) {
        vcpus.remove(v);
    }

    @Override
    public void createIrqchip() {
        fd.callValue(KvmIoctl.CREATE_IRQCHIP, 0, "creating the in-kernel irqchip");
    }

    @Override
    public int irqLine(int irq, int level) {
        synchronized (irqLevel) {
            checkOpen();
            irqLevel.setInt(KvmIrqLevel.OFFSET_IRQ, irq);
            irqLevel.setInt(KvmIrqLevel.OFFSET_LEVEL, level);
            fd.call(KvmIoctl.IRQ_LINE_STATUS, irqLevel, null);
            return irqLevel.getInt(KvmIrqLevel.OFFSET_STATUS);
        }
    }

    @Override
    public int signalMsi(KvmMsi message) {
        synchronized (msi) {
            checkOpen();
            msi.setInt(KvmMsi.OFFSET_ADDRESS_LO, message.addressLo());
            msi.setInt(KvmMsi.OFFSET_ADDRESS_HI, message.addressHi());
            msi.setInt(KvmMsi.OFFSET_DATA, message.data());
            msi.setInt(KvmMsi.OFFSET_FLAGS, message.flags());
            msi.setInt(KvmMsi.OFFSET_DEVID, message.devid());
            msi.setMemory(KvmMsi.OFFSET_DEVID + 4, KvmMsi.SIZE - KvmMsi.OFFSET_DEVID - 4, (byte) 0);
            return fd.call(KvmIoctl.SIGNAL_MSI, msi, null);
        }
    }

    @Override
    public KvmIrqchip getIrqchip(int chipId) {
        FieldRange.check("kvm_irqchip.chip_id", chipId, 0, KvmIrqchip.NR_IRQCHIPS - 1);
        synchronized (irqchip) {
            checkOpen();
            irqchipView.putInt(KvmIrqchip.OFFSET_CHIP_ID, chipId);
            getIrqchip().call();
            return KvmIrqchip.decode(irqchipView.duplicate().order(ByteOrder.LITTLE_ENDIAN));
        }
    }

    @Override
    public void getIrqchip(int chipId, byte[] chip) {
        FieldRange.check("kvm_irqchip.chip_id", chipId, 0, KvmIrqchip.NR_IRQCHIPS - 1);
        FieldRange.length("irqchip union buffer", chip.length, KvmIrqchip.CHIP_SIZE);
        synchronized (irqchip) {
            checkOpen();
            // through the buffer view, not Pointer.setInt/read: those are JNI calls, a view is plain memory access
            irqchipView.putInt(KvmIrqchip.OFFSET_CHIP_ID, chipId);
            getIrqchip().call();
            irqchipView.get(KvmIrqchip.OFFSET_CHIP, chip, 0, KvmIrqchip.CHIP_SIZE);
        }
    }

    private PreparedIoctl getIrqchip() {
        if (getIrqchip == null) {
            getIrqchip = PreparedIoctl.of(fd, KvmIoctl.GET_IRQCHIP, irqchip);
        }
        return getIrqchip;
    }

    @Override
    public void setIrqchip(KvmIrqchip chip) {
        synchronized (irqchip) {
            checkOpen();
            chip.encode(irqchipView.duplicate().order(ByteOrder.LITTLE_ENDIAN));
            fd.call(KvmIoctl.SET_IRQCHIP, irqchip, "writing irqchip " + chip.chipId());
        }
    }

    @Override
    public void setGsiRouting(List<? extends KvmIrqRoutingEntry> entries) {
        ByteBuffer table = KvmIrqRoutingEntry.encodeTable(entries, order);
        try (Memory m = new Memory(Math.max(table.remaining(), 1))) {
            m.write(0, toArray(table), 0, table.remaining());
            fd.call(KvmIoctl.SET_GSI_ROUTING, m, "replacing the GSI routing table (" + entries.size() + " entries)");
        }
    }

    @Override
    public void enableCap(KvmEnableCap cap) {
        try (Memory m = new Memory(KvmEnableCap.SIZE)) {
            m.clear();
            cap.encode(m.getByteBuffer(0, KvmEnableCap.SIZE), order);
            fd.call(KvmIoctl.ENABLE_CAP, m, "enabling capability " + cap.cap() + " on the VM");
        }
    }

    @Override
    public synchronized GuestMemory memory(int slot, long guestPhysAddr, long size) {
        checkOpen();
        long page = KvmUserspaceMemoryRegion.PAGE_SIZE;
        if (guestPhysAddr % page != 0 || size % page != 0 || size <= 0) {
            throw new IllegalArgumentException("guest memory at 0x" + Long.toHexString(guestPhysAddr) + " of 0x"
                    + Long.toHexString(size) + " bytes is not a positive multiple of 4 KiB on a 4 KiB boundary");
        }
        Pointer host;
        try {
            host = LibC.mmap(null, size, LibC.PROT_READ | LibC.PROT_WRITE,
                    LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0);
        } catch (LastErrorException e) {
            throw new KvmException("mmap", e.getErrorCode(), "allocating " + size + " bytes of guest memory");
        }
        LinuxGuestMemory mem = new LinuxGuestMemory(slot, guestPhysAddr, size, host);
        try {
            setUserMemoryRegion(new KvmUserspaceMemoryRegion(slot, 0, guestPhysAddr, size, mem.hostAddress()));
        } catch (KvmException e) {
            mem.unmap();
            throw e;
        }
        slots.removeIf(s -> s.slot() == slot);
        slots.add(mem);
        slots.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        return mem;
    }

    @Override
    public void setUserMemoryRegion(KvmUserspaceMemoryRegion region) {
        try (Memory m = new Memory(KvmUserspaceMemoryRegion.SIZE)) {
            region.encode(m.getByteBuffer(0, KvmUserspaceMemoryRegion.SIZE), order);
            fd.call(KvmIoctl.SET_USER_MEMORY_REGION, m, "mapping memory slot " + region.slot());
        }
    }

    @Override
    public synchronized List<GuestMemory> memorySlots() {
        return List.copyOf(slots);
    }

    @Override
    public void setTssAddr(long address) {
        fd.callValue(KvmIoctl.SET_TSS_ADDR, address, "placing the real-mode TSS at 0x" + Long.toHexString(address));
    }

    @Override
    public void setIdentityMapAddr(long address) {
        try (Memory m = new Memory(8)) {
            m.setLong(0, address);
            fd.call(KvmIoctl.SET_IDENTITY_MAP_ADDR, m, "placing the identity map at 0x" + Long.toHexString(address));
        }
    }

    @Override
    public synchronized KvmVcpu createVcpu(int id) {
        checkOpen();
        int vcpuFd = fd.callValue(KvmIoctl.CREATE_VCPU, id, "creating vCPU " + id);
        KvmFileDescriptor f = new KvmFileDescriptor(vcpuFd, kvm.arch());
        Pointer run;
        try {
            run = LibC.mmap(null, kvm.vcpuMmapSize(), LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, vcpuFd, 0);
        } catch (LastErrorException e) {
            f.close();
            throw new KvmException("mmap", e.getErrorCode(), "mapping kvm_run of vCPU " + id);
        }
        LinuxKvmVcpu v = new LinuxKvmVcpu(this, id, f, run, kvm.vcpuMmapSize());
        vcpus.add(v);
        return v;
    }

    @Override
    public synchronized List<KvmVcpu> vcpus() {
        return List.copyOf(vcpus);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the VM is closed");
        }
    }

    private static byte[] toArray(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }

    @Override
    public void close() {
        List<LinuxKvmVcpu> openVcpus;
        List<LinuxKvmDevice> openDevices;
        List<LinuxGuestMemory> openSlots;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            openVcpus = new ArrayList<>(vcpus);
            openDevices = new ArrayList<>(devices);
            openSlots = new ArrayList<>(slots);
        }
        openVcpus.forEach(LinuxKvmVcpu::close);
        openDevices.forEach(LinuxKvmDevice::close);
        fd.close();
        // The memory is unmapped only after the VM fd is closed, so KVM never holds a slot over freed pages.
        openSlots.forEach(LinuxGuestMemory::unmap);
        synchronized (irqLevel) {
            irqLevel.close();
        }
        synchronized (msi) {
            msi.close();
        }
        synchronized (irqchip) {
            if (getIrqchip != null) {
                getIrqchip.close();
            }
            irqchip.close();
        }
        kvm.forget(this);
    }
}
