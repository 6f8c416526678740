// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.irqscope.ui.preferences.UiColors;

/** Draws a {@link RouteDrawing}: hop boxes left to right joined by arrows, the blocking hop red with its rule. */
public final class RouteCanvas extends Canvas {
    private static final int BOX_W = 168;
    private static final int BOX_H = 74;
    private static final int GAP = 22;
    private static final int MARGIN = 12;

    private RouteDrawing drawing;
    private int highlightedHop = -1;
    private final Color blocked;
    private final Color open;
    private final Color step;

    public RouteCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        blocked = UiColors.blocked();
        open = new Color(225, 240, 225);
        step = new Color(200, 225, 255);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc, getClientArea()));
    }

    /** UI thread. */
    public void setDrawing(RouteDrawing newDrawing) {
        drawing = newDrawing;
        redraw();
    }

    public RouteDrawing drawing() {
        return drawing;
    }

    /** Marks the hop a step just went through (−1: none). */
    public void highlightHop(int index) {
        highlightedHop = index;
        redraw();
    }

    /** The hop marked by a step or a replay, -1 when none. */
    public int highlightedHop() {
        return highlightedHop;
    }

    /** The drawing as an image the size of its content (for Export as PNG). */
    public ImageData snapshot() {
        Point size = contentSize();
        Image image = new Image(getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            gc.setBackground(getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            paint(gc, new Rectangle(0, 0, size.x, size.y));
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private Point contentSize() {
        int n = drawing == null ? 1 : Math.max(1, drawing.boxes().size());
        return new Point(2 * MARGIN + n * BOX_W + (n - 1) * GAP, 2 * MARGIN + 30 + BOX_H + 70);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return contentSize();
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        gc.setForeground(text);
        if (drawing == null) {
            gc.drawText("Select a source in the Sources view to see its route.", MARGIN, MARGIN, true);
            return;
        }
        gc.drawText(drawing.title(), MARGIN, MARGIN, true);
        int y = MARGIN + 30;
        for (int i = 0; i < drawing.boxes().size(); i++) {
            RouteDrawing.Box box = drawing.boxes().get(i);
            int x = MARGIN + i * (BOX_W + GAP);
            boolean isBlocking = i == drawing.blocking();
            boolean beyond = drawing.blocking() >= 0 && i > drawing.blocking();
            gc.setBackground(isBlocking
                    ? blocked
                    : i == highlightedHop
                            ? step
                            : beyond ? getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND) : open);
            gc.fillRoundRectangle(x, y, BOX_W, BOX_H, 10, 10);
            gc.setForeground(isBlocking
                    ? getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                    : getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineWidth(isBlocking ? 3 : 1);
            gc.drawRoundRectangle(x, y, BOX_W, BOX_H, 10, 10);
            gc.setLineWidth(1);
            gc.setForeground(isBlocking ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : text);
            gc.drawText(box.stage(), x + 8, y + 6, true);
            gc.drawText(clip(gc, box.state(), BOX_W - 16), x + 8, y + 28, true);
            gc.drawText(isBlocking ? "✗ stops here" : beyond ? "not reached" : "✓ passes", x + 8, y + 50, true);
            if (i > 0) {
                int ax = x - GAP;
                int ay = y + BOX_H / 2;
                gc.setForeground(text);
                gc.drawLine(ax + 2, ay, x - 4, ay);
                gc.drawPolyline(new int[]{x - 10, ay - 5, x - 4, ay, x - 10, ay + 5});
            }
        }
        gc.setForeground(drawing.blocking() >= 0 ? getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : text);
        gc.drawText(drawing.verdict(), MARGIN, y + BOX_H + 14, true);
    }

    private static String clip(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
