// SPDX-License-Identifier: EPL-2.0
package org.irqscope.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Test helpers: spin the display loop until a condition holds, and save a shell as PNG under target/. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Runs the event loop until the condition holds or the timeout passes; true when it held. */
    public static boolean waitFor(Display display, long timeoutMillis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return condition.getAsBoolean();
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 10 ms to re-check conditions set by worker threads.
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
        return true;
    }

    /**
     * {@link #waitFor}, failing the test with what it waited for and {@code context} (e.g. the session's last
     * failure) when the timeout passes.
     */
    public static void waitUntil(Display display, long timeoutMillis, String what, Supplier<String> context,
            BooleanSupplier condition) {
        if (!waitFor(display, timeoutMillis, condition)) {
            String more = context.get();
            throw new AssertionError("timed out after " + timeoutMillis + " ms waiting until " + what
                    + (more == null || more.isEmpty() ? "" : " (" + more + ")"));
        }
    }

    /** target/ of the test project: Tycho runs tests in target/work. */
    public static Path targetDir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return cwd.getFileName() != null && cwd.getFileName().toString().equals("work")
                ? cwd.getParent()
                : cwd.resolve("target");
    }

    /** Saves what {@code shell} shows as target/screenshots/NAME.png, after painting everything queued. */
    public static Path save(Shell shell, String name) throws java.io.IOException {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint everything queued before the copy
        }
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Path dir = targetDir().resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[]{data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
