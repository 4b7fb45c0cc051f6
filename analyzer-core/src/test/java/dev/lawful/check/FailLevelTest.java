package dev.lawful.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailLevelTest {

    @Test
    void parsesEachLevelIgnoringCaseAndBlanks() {
        assertEquals(Optional.of(FailLevel.ERROR), FailLevel.parse("error"));
        assertEquals(Optional.of(FailLevel.WARNING), FailLevel.parse(" Warning "));
        assertEquals(Optional.of(FailLevel.NOTE), FailLevel.parse("note"));
        assertEquals(Optional.of(FailLevel.NEVER), FailLevel.parse("NEVER"));
    }

    @Test
    void unknownEmptyOrMissingValuesAreNoLevel() {
        assertEquals(Optional.empty(), FailLevel.parse("banana"));
        assertEquals(Optional.empty(), FailLevel.parse(""));
        assertEquals(Optional.empty(), FailLevel.parse(null));
    }

    @Test
    void aLevelFailsItsSeverityAndTheOnesAbove() {
        assertTrue(FailLevel.WARNING.fails(Severity.ERROR));
        assertTrue(FailLevel.WARNING.fails(Severity.WARNING));
        assertFalse(FailLevel.WARNING.fails(Severity.NOTE));
        assertFalse(FailLevel.NEVER.fails(Severity.ERROR));
    }

    @Test
    void idsAreWhatUsersWrite() {
        assertEquals(List.of("error", "warning", "note", "never"), FailLevel.ids());
        assertEquals("warning", FailLevel.WARNING.toString());
    }
}
