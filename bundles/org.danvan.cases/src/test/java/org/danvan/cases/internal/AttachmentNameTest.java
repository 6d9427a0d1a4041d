package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Hostile upload names (issue 16): the name a browser or a client sends is kept only as a label, never as a path (the
 * store names content by its SHA-256), and what is kept is its last segment without control characters.
 */
class AttachmentNameTest {

    @Test
    void pathTraversalNamesKeepOnlyTheirLastSegment() {
        assertEquals("passwd", CaseFiles.sanitise("../../../../etc/passwd"));
        assertEquals("win.ini", CaseFiles.sanitise("..\\..\\Windows\\win.ini"));
        assertEquals("don.pdf", CaseFiles.sanitise("/var/lib/danvan/attachments/../../don.pdf"));
        assertEquals("don.pdf", CaseFiles.sanitise("don\u0000.pdf"));
        assertEquals("bien-ban.pdf", CaseFiles.sanitise("C:\\fakepath\\bien-ban.pdf\r\n"));
    }

    @Test
    void aNameThatIsNothingButAPathIsRefused() {
        for (String name : new String[] {"..", "../..", "a/..", "/", "\\", ".", "  ", "\u0000", "../\u0007"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> CaseFiles.sanitise(name), name);
            assertEquals("case.error.required", e.violations().get(0).messageKey(), name);
        }
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> CaseFiles.sanitise("x".repeat(252) + ".pdf"));
        assertEquals("case.error.too-long", tooLong.violations().get(0).messageKey());
    }
}
