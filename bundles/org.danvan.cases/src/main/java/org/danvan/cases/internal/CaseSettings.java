package org.danvan.cases.internal;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The tunable figures of the case engine (configuration PID {@code org.danvan.cases}).
 *
 * @param nearDueWorkingDays a clock is "near due" this many working days before its due date
 * @param duplicateWindowDays duplicates are looked for among cases received this many days back
 * @param contentSimilarityPercent share of the content sketch two cases must share to be content duplicates
 * @param maxAttachmentBytes the largest attachment accepted
 * @param contentStore the directory of the attachment content store
 * @param zone the time zone whose calendar day is "today"
 */
public record CaseSettings(int nearDueWorkingDays, int duplicateWindowDays, int contentSimilarityPercent,
        long maxAttachmentBytes, Path contentStore, ZoneId zone) {

    /** Vietnam's zone (UTC+7). */
    public static final ZoneId VIETNAM = org.danvan.platform.api.time.PlatformTime.ZONE;

    /** The defaults, with the content store in a given directory. */
    public static CaseSettings defaults(Path contentStore) {
        return new CaseSettings(3, 365, 50, 20L * 1024 * 1024, contentStore, VIETNAM);
    }
}
