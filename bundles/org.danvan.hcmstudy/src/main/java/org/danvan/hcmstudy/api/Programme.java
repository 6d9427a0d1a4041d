package org.danvan.hcmstudy.api;

import java.util.List;

/**
 * A unit's yearly theme and programme ("chuyên đề năm").
 *
 * @param materials the materials: one line each, a document's title or a link to download it
 */
public record Programme(long id, long version, long unitId, String unitName, int year, String theme,
        String keyContents, List<String> materials) {

    public Programme {
        materials = List.copyOf(materials);
    }
}
