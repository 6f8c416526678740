// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The lessons known to this process, in teaching order. The lessons are written next to their targets (the POWER
 * lessons in softkvm, the x86 lesson's sandbox commands in the application), which core cannot see, so the
 * application registers them at start, as it registers target providers in
 * {@link org.irqscope.core.target.TargetRegistry}; the workbench's lessons panel reads them from here.
 */
public final class LessonCatalog {
    private static final LessonCatalog SHARED = new LessonCatalog();

    private final List<Lesson> lessons = new ArrayList<>();

    /** The catalog of this process: the application fills it at start. */
    public static LessonCatalog shared() {
        return SHARED;
    }

    /** Adds a lesson at the end, or replaces the lesson of the same name in its place. */
    public synchronized void register(Lesson lesson) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).name().equals(lesson.name())) {
                lessons.set(i, lesson);
                return;
            }
        }
        lessons.add(lesson);
    }

    public void registerAll(Collection<Lesson> all) {
        all.forEach(this::register);
    }

    /** Every lesson, in the order they were first registered. */
    public synchronized List<Lesson> all() {
        return List.copyOf(lessons);
    }

    public synchronized Optional<Lesson> named(String name) {
        return lessons.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
