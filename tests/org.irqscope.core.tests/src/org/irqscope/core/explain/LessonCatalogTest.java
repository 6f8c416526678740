// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LessonCatalogTest {
    private static Lesson lesson(String name, String title) {
        return new Lesson(name, title, "soft:power9", List.of(new LessonStep("Look.", LessonAction.observe(),
                Expectation.state("anything", m -> true, m -> ""))));
    }

    @Test
    void keepsTheOrderOfRegistrationAndReplacesALessonOfTheSameNameInPlace() {
        LessonCatalog catalog = new LessonCatalog();
        catalog.registerAll(List.of(lesson("first", "1"), lesson("second", "2")));
        catalog.register(lesson("first", "1 again"));
        assertThat(catalog.all()).extracting(Lesson::name).containsExactly("first", "second");
        assertThat(catalog.named("first")).get().extracting(Lesson::title).isEqualTo("1 again");
        assertThat(catalog.named("third")).isEmpty();
    }

    @Test
    void theSharedCatalogIsOnePerProcess() {
        assertThat(LessonCatalog.shared()).isSameAs(LessonCatalog.shared());
    }
}
