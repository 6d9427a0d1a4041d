package org.danvan.emulation.api;

import java.util.Map;

/**
 * One council member's scoring of a model.
 *
 * @param memberUserId the member's user id
 * @param memberName the member's login name
 * @param points points per criterion code
 * @param total their sum
 * @param comment the member's comment
 */
public record ModelScore(long memberUserId, String memberName, Map<String, Integer> points, int total,
        String comment) {

    public ModelScore {
        points = Map.copyOf(points);
    }
}
