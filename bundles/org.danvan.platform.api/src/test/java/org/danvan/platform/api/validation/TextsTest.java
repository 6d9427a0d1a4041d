package org.danvan.platform.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void requiredTextIsStrippedAndRefusedWhenEmptyOrTooLong() {
        List<Violation> problems = new ArrayList<>();
        assertEquals("Tiên Du", Texts.required(problems, "name", "  Tiên Du \n", 7, "x.name"));
        assertTrue(problems.isEmpty());

        assertEquals("", Texts.required(problems, "name", null, 7, "x.name"));
        assertEquals("", Texts.required(problems, "name", " \t ", 7, "x.name"));
        assertEquals("Tiên Du 2", Texts.required(problems, "title", "Tiên Du 2", 7, "x.title"));
        assertEquals(List.of(Violation.of("name", "x.name", 7), Violation.of("name", "x.name", 7),
                Violation.of("title", "x.title", 7)), problems);
    }

    @Test
    void optionalTextIsNullWhenBlankAndRefusedOnlyWhenTooLong() {
        List<Violation> problems = new ArrayList<>();
        assertNull(Texts.optional(problems, "note", null, 5, "x.note"));
        assertNull(Texts.optional(problems, "note", "   ", 5, "x.note"));
        assertEquals("abcde", Texts.optional(problems, "note", " abcde ", 5, "x.note"));
        assertTrue(problems.isEmpty());
        assertEquals("abcdef", Texts.optional(problems, "note", "abcdef", 5, "x.note"));
        assertEquals(List.of(Violation.of("note", "x.note", 5)), problems);
    }
}
