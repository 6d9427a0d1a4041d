package org.danvan.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.danvan.noticeboard.api.NoticeService;
import org.junit.jupiter.api.Test;

class DemoNoticesTest {

    @Test
    void theTrackedNameIsTheNoticeBoardsServiceInterface() {
        // tracked by name so the demo bundle never waits for the optional module; a rename must not go unnoticed
        assertEquals(NoticeService.class.getName(), DemoNotices.NOTICE_SERVICE);
    }
}
