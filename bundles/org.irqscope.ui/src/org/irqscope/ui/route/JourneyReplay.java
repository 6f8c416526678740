// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;

/**
 * Replays a journey recorded from kernel events on a {@link RouteCanvas}: pick one of the recent journeys, then Back
 * and Next walk its hops; the current hop is highlighted and described (stage, offset from the first hop, detail).
 */
public final class JourneyReplay extends Composite {
    /** The newest journeys offered in the list; the log keeps more. */
    public static final int LISTED = 500;

    private final RouteCanvas canvas;
    private final Combo picker;
    private final Button back;
    private final Button next;
    private final Label hopLabel;
    private final List<Journey> listed = new ArrayList<>();
    private Journey journey;
    private int hop = -1;
    private Runnable onPick = () -> {
    };

    public JourneyReplay(Composite parent, RouteCanvas canvas) {
        super(parent, SWT.NONE);
        this.canvas = canvas;
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 2).applyTo(this);
        Label title = new Label(this, SWT.NONE);
        title.setText("Journey from kernel events:");
        picker = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        picker.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(picker);
        back = new Button(this, SWT.PUSH);
        back.setText("◀ Back");
        next = new Button(this, SWT.PUSH);
        next.setText("Next ▶");
        hopLabel = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(hopLabel);
        picker.addListener(SWT.Selection, e -> {
            int i = picker.getSelectionIndex();
            if (i >= 0 && i < listed.size()) {
                pick(listed.get(i));
            }
        });
        back.addListener(SWT.Selection, e -> back());
        next.addListener(SWT.Selection, e -> next());
        setJourneys(List.of());
    }

    /** Runs when the user picks a journey (the view stops drawing the selected source's route then). */
    public void onPick(Runnable action) {
        onPick = action;
    }

    /** Offers the newest journeys (given oldest first), newest at the top; the picked one stays picked. */
    public void setJourneys(List<Journey> oldestFirst) {
        listed.clear();
        for (int i = oldestFirst.size() - 1; i >= 0 && listed.size() < LISTED; i--) {
            listed.add(oldestFirst.get(i));
        }
        String[] items = new String[listed.size()];
        int selected = -1;
        for (int i = 0; i < items.length; i++) {
            items[i] = JourneyPresenter.summary(listed.get(i));
            if (journey != null && listed.get(i).id() == journey.id()) {
                selected = i;
            }
        }
        picker.setItems(items);
        if (selected >= 0) {
            picker.select(selected);
        }
        picker.setEnabled(items.length > 0);
        if (journey == null) {
            hopLabel.setText(items.length == 0
                    ? "No journeys recorded: turn on Trace Kernel Events (Timeline toolbar or Target menu) on a KVM "
                            + "guest, then pick one here to replay it hop by hop."
                    : items.length + " journeys recorded: pick one to replay it hop by hop.");
        }
        updateButtons();
    }

    /** Shows a journey from its first hop. */
    public void pick(Journey picked) {
        journey = picked;
        hop = picked.hops().isEmpty() ? -1 : 0;
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).id() == picked.id()) {
                picker.select(i);
            }
        }
        canvas.setDrawing(JourneyPresenter.present(picked));
        canvas.getParent().layout(true);
        onPick.run();
        showHop();
    }

    /** Leaves the replay (the view draws a source's route again). */
    public void leave() {
        journey = null;
        hop = -1;
        picker.deselectAll();
        canvas.highlightHop(-1);
        setJourneys(new ArrayList<>(reversed()));
    }

    public void next() {
        if (journey != null && hop < journey.hops().size() - 1) {
            hop++;
            showHop();
        }
    }

    public void back() {
        if (journey != null && hop > 0) {
            hop--;
            showHop();
        }
    }

    private void showHop() {
        canvas.highlightHop(hop);
        if (journey != null && hop >= 0) {
            Hop h = journey.hops().get(hop);
            hopLabel.setText("Hop " + (hop + 1) + " of " + journey.hops().size() + ": "
                    + JourneyPresenter.hopText(journey, h));
        } else if (journey != null) {
            hopLabel.setText("This journey has no hops.");
        }
        updateButtons();
        layout(true);
        getParent().layout(true);
    }

    private void updateButtons() {
        back.setEnabled(journey != null && hop > 0);
        next.setEnabled(journey != null && hop < journey.hops().size() - 1);
    }

    private List<Journey> reversed() {
        List<Journey> out = new ArrayList<>(listed);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The journey replayed, or null. */
    public Journey journey() {
        return journey;
    }

    /** The index of the current hop, -1 when none. */
    public int hop() {
        return hop;
    }

    public String hopText() {
        return hopLabel.getText();
    }

    public Combo picker() {
        return picker;
    }

    public Button backButton() {
        return back;
    }

    public Button nextButton() {
        return next;
    }
}
