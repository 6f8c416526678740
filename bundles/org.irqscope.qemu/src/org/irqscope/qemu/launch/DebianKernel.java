// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's kernel images for the guests, cached under {@code ~/.cache/irqscope} (or {@code $XDG_CACHE_HOME/irqscope}):
 * {@code linux-image-<ver>-powerpc64le} (an ELF vmlinux QEMU's pseries loads directly) and
 * {@code linux-image-<ver>-amd64-unsigned} (a bzImage). Fetched with {@code apt-get download} and unpacked with
 * {@code dpkg-deb -x}; nothing is installed into the host system.
 */
public final class DebianKernel {
    private final Path cache;

    public DebianKernel(Path cache) {
        this.cache = cache;
    }

    /** The default cache directory. */
    public static DebianKernel inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new DebianKernel(base.resolve("irqscope"));
    }

    public Path cache() {
        return cache;
    }

    /** The Debian architecture and package/file patterns for a QEMU machine's guest. */
    private record Flavour(String dpkgArch, Pattern packageName, String imagePrefix) {
    }

    private static Flavour flavour(QemuProfile.Machine machine) throws LaunchException {
        return switch (machine) {
            case PSERIES -> new Flavour("ppc64el", Pattern.compile("linux-image-\\d+\\.\\d+\\.\\d+-\\d+-powerpc64le"),
                    "vmlinux-");
            case X86_Q35 -> new Flavour("amd64", Pattern.compile("linux-image-\\d+\\.\\d+\\.\\d+-\\d+-amd64-unsigned"),
                    "vmlinuz-");
            case POWERNV9 -> throw new LaunchException("powernv9 boots firmware only; there is no kernel to fetch",
                    false);
        };
    }

    /** The newest cached image for the machine, if any. */
    public Optional<Path> find(QemuProfile.Machine machine) throws LaunchException {
        Flavour f = flavour(machine);
        if (!Files.isDirectory(cache)) {
            return Optional.empty();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(cache)) {
            for (Path d : dirs.filter(p -> f.packageName().matcher(p.getFileName().toString()).matches()).toList()) {
                Path boot = d.resolve("boot");
                if (Files.isDirectory(boot)) {
                    try (Stream<Path> images = Files.list(boot)) {
                        images.filter(p -> p.getFileName().toString().startsWith(f.imagePrefix()))
                                .forEach(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new LaunchException("cannot read the kernel cache " + cache + ": " + e.getMessage(), e);
        }
        return found.stream().max(Comparator.comparing(p -> p.getFileName().toString()));
    }

    /** The cached image, fetched first when absent. The message of the exception says exactly what is missing. */
    public Path findOrFetch(QemuProfile.Machine machine) throws LaunchException {
        Optional<Path> cached = find(machine);
        if (cached.isPresent()) {
            return cached.get();
        }
        Flavour f = flavour(machine);
        String search = run(List.of("apt-cache", "search", "--names-only", "^linux-image-[0-9].*"), cache.getParent(),
                "apt-cache is not available, so irqscope cannot find Debian's kernel package; put an unpacked "
                        + f.packageName().pattern() + " under " + cache);
        String newest = search.lines().map(l -> l.split(" ", 2)[0])
                .filter(n -> f.packageName().matcher(n).matches())
                .max(Comparator.comparing(DebianKernel::versionKey)).orElse(null);
        if (newest == null) {
            throw new LaunchException("no package matching " + f.packageName().pattern() + " is known to apt"
                    + (f.dpkgArch().equals("ppc64el")
                            ? "; as root run 'dpkg --add-architecture ppc64el && "
                                    + "apt-get update' once"
                            : "; run 'apt-get update'"),
                    true);
        }
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            throw new LaunchException("cannot create the kernel cache " + cache + ": " + e.getMessage(), e);
        }
        String spec = f.dpkgArch().equals("amd64") ? newest : newest + ":" + f.dpkgArch();
        run(List.of("apt-get", "download", spec), cache, "apt-get download " + spec + " failed");
        try (Stream<Path> debs = Files.list(cache)) {
            Path deb = debs.filter(p -> p.getFileName().toString().startsWith(newest + "_")
                    && p.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new LaunchException("apt-get download " + spec + " left no .deb in " + cache,
                            true));
            run(List.of("dpkg-deb", "-x", deb.toString(), cache.resolve(newest).toString()), cache,
                    "dpkg-deb is not available to unpack " + deb);
        } catch (IOException e) {
            throw new LaunchException("cannot read the kernel cache " + cache + ": " + e.getMessage(), e);
        }
        return find(machine).orElseThrow(() -> new LaunchException(newest + " unpacked into " + cache
                + " but holds no " + f.imagePrefix() + "* image", true));
    }

    private static String versionKey(String name) {
        StringBuilder k = new StringBuilder();
        for (String part : name.replaceAll("[^0-9]+", " ").trim().split(" ")) {
            k.append(String.format("%06d", Integer.parseInt(part)));
        }
        return k.toString();
    }

    private static String run(List<String> command, Path dir, String whenAbsent) throws LaunchException {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            if (dir != null && Files.isDirectory(dir)) {
                pb.directory(dir.toFile());
            }
            p = pb.start();
        } catch (IOException e) {
            throw new LaunchException(whenAbsent + " (" + e.getMessage() + ")", true);
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LaunchException(String.join(" ", command) + " took longer than 300 s", true);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new LaunchException(whenAbsent + ": " + String.join(" ", command) + " exited with "
                        + p.exitValue() + ": " + text.strip(), true);
            }
            return text;
        } catch (IOException e) {
            throw new LaunchException(String.join(" ", command) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new LaunchException(String.join(" ", command) + " was interrupted", true);
        }
    }
}
