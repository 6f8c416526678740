// SPDX-License-Identifier: EPL-2.0
/*
 * The floor for irqscope's full x86 state read: the same ioctls the Java reader issues, from C, with nothing else.
 * A VM with the in-kernel irqchip and N vCPUs is read in a loop: 3 x KVM_GET_IRQCHIP (PIC master, PIC slave,
 * IOAPIC) and N x KVM_GET_LAPIC, each into its own buffer.
 *
 * Two situations are measured, because KVM_GET_LAPIC costs more once a vCPU has run:
 *  - "never run": the vCPUs were created and never entered;
 *  - "paused": every vCPU runs a real-mode "hlt; jmp hlt" guest on its own thread, and is then paused the way
 *    irqscope pauses one (SIGUSR1 blocked in the thread but unblocked inside KVM_RUN by KVM_SET_SIGNAL_MASK,
 *    kvm_run.immediate_exit, tgkill), so the reads come from another thread, as in the Java sandbox.
 * Two figures each: the best round's mean wall time (rounds of reads; on a shared machine others can only slow a
 * round down), and the reading thread's CPU time (user + system) per read, which other processes do not inflate.
 *
 * Usage: state_read_floor [vcpus=4] [iterations=20000]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/kvm.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define MAX_VCPUS 8
#define ROUNDS 20

struct vcpu {
    int fd;
    struct kvm_run *run;
    pthread_t thread;
    volatile int tid;
    volatile int out;
};

static int kvm_fd, vm_fd, vcpus;
static long mmap_size;
static struct vcpu cpu[MAX_VCPUS];
static struct kvm_irqchip chips[3];
static struct kvm_lapic_state lapics[MAX_VCPUS];

static long must(long r, const char *what)
{
    if (r < 0) {
        perror(what);
        exit(2);
    }
    return r;
}

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void read_state(void)
{
    for (int c = 0; c < 3; c++) {
        chips[c].chip_id = c;
        must(ioctl(vm_fd, KVM_GET_IRQCHIP, &chips[c]), "KVM_GET_IRQCHIP");
    }
    for (int i = 0; i < vcpus; i++) {
        must(ioctl(cpu[i].fd, KVM_GET_LAPIC, &lapics[i]), "KVM_GET_LAPIC");
    }
}

static long long thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* CPU time of this thread per read (user + system) over the measured rounds of the last best_read_ns call. */
static double cpu_per_read;

static double best_read_ns(long iterations)
{
    long per_round = iterations / ROUNDS > 0 ? iterations / ROUNDS : 1;
    double best = 1e18;
    for (long n = 0; n < per_round; n++) {
        read_state();
    }
    long long cpu_start = thread_cpu_ns();
    for (int r = 0; r < ROUNDS; r++) {
        long long start = now_ns();
        for (long n = 0; n < per_round; n++) {
            read_state();
        }
        double mean = (double) (now_ns() - start) / per_round;
        if (mean < best) {
            best = mean;
        }
    }
    cpu_per_read = (double) (thread_cpu_ns() - cpu_start) / (per_round * ROUNDS);
    return best;
}

static void *vcpu_thread(void *arg)
{
    struct vcpu *v = arg;
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    struct {
        struct kvm_signal_mask head;
        unsigned char set[8];
    } mask;
    unsigned long long run_mask;
    memcpy(&run_mask, &old, 8);
    run_mask &= ~(1ULL << (SIGUSR1 - 1));
    mask.head.len = 8;
    memcpy(mask.set, &run_mask, 8);
    must(ioctl(v->fd, KVM_SET_SIGNAL_MASK, &mask), "KVM_SET_SIGNAL_MASK");
    v->tid = (int) syscall(SYS_gettid);
    while (ioctl(v->fd, KVM_RUN, 0) == 0) {
        /* hlt is handled in the kernel; any exit other than a signal is unexpected here. */
    }
    v->out = 1;
    return NULL;
}

int main(int argc, char **argv)
{
    vcpus = argc > 1 ? atoi(argv[1]) : 4;
    long iterations = argc > 2 ? atol(argv[2]) : 20000;
    if (vcpus < 1 || vcpus > MAX_VCPUS) {
        fprintf(stderr, "vcpus must be 1..%d\n", MAX_VCPUS);
        return 2;
    }
    signal(SIGUSR1, SIG_IGN);
    kvm_fd = must(open("/dev/kvm", O_RDWR | O_CLOEXEC), "open /dev/kvm");
    vm_fd = must(ioctl(kvm_fd, KVM_CREATE_VM, 0), "KVM_CREATE_VM");
    must(ioctl(vm_fd, KVM_SET_TSS_ADDR, 0xfffbd000UL), "KVM_SET_TSS_ADDR");
    must(ioctl(vm_fd, KVM_CREATE_IRQCHIP, 0), "KVM_CREATE_IRQCHIP");
    unsigned char *mem = mmap(NULL, 0x10000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        perror("mmap");
        return 2;
    }
    /* 0x1000: hlt (F4); jmp back to the hlt (EB FD). */
    mem[0x1000] = 0xf4;
    mem[0x1001] = 0xeb;
    mem[0x1002] = 0xfd;
    struct kvm_userspace_memory_region region = {
        .slot = 0, .guest_phys_addr = 0, .memory_size = 0x10000, .userspace_addr = (unsigned long) mem,
    };
    must(ioctl(vm_fd, KVM_SET_USER_MEMORY_REGION, &region), "KVM_SET_USER_MEMORY_REGION");
    mmap_size = must(ioctl(kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0), "KVM_GET_VCPU_MMAP_SIZE");
    for (int i = 0; i < vcpus; i++) {
        cpu[i].fd = must(ioctl(vm_fd, KVM_CREATE_VCPU, i), "KVM_CREATE_VCPU");
        cpu[i].run = mmap(NULL, mmap_size, PROT_READ | PROT_WRITE, MAP_SHARED, cpu[i].fd, 0);
        if (cpu[i].run == MAP_FAILED) {
            perror("mmap kvm_run");
            return 2;
        }
    }
    double never_run = best_read_ns(iterations);
    double never_run_cpu = cpu_per_read;

    for (int i = 0; i < vcpus; i++) {
        struct kvm_sregs sregs;
        must(ioctl(cpu[i].fd, KVM_GET_SREGS, &sregs), "KVM_GET_SREGS");
        sregs.cs.base = 0;
        sregs.cs.selector = 0;
        must(ioctl(cpu[i].fd, KVM_SET_SREGS, &sregs), "KVM_SET_SREGS");
        struct kvm_regs regs = {.rip = 0x1000, .rflags = 0x2};
        must(ioctl(cpu[i].fd, KVM_SET_REGS, &regs), "KVM_SET_REGS");
        struct kvm_mp_state runnable = {.mp_state = KVM_MP_STATE_RUNNABLE};
        must(ioctl(cpu[i].fd, KVM_SET_MP_STATE, &runnable), "KVM_SET_MP_STATE");
        pthread_create(&cpu[i].thread, NULL, vcpu_thread, &cpu[i]);
    }
    usleep(200000);
    for (int i = 0; i < vcpus; i++) {
        while (cpu[i].tid == 0) {
            usleep(1000);
        }
        cpu[i].run->immediate_exit = 1;
        while (!cpu[i].out) {
            syscall(SYS_tgkill, getpid(), cpu[i].tid, SIGUSR1);
            usleep(1000);
        }
        pthread_join(cpu[i].thread, NULL);
    }
    double paused = best_read_ns(iterations);
    printf("vcpus=%d iterations=%ld never run: best round %.1f ns/read, cpu %.1f ns/read; paused: best round %.1f"
           " ns/read, cpu %.1f ns/read\n", vcpus, iterations, never_run, never_run_cpu, paused, cpu_per_read);
    return 0;
}
