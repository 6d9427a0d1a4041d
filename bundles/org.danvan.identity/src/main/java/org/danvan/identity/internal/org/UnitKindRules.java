package org.danvan.identity.internal.org;

import static org.danvan.platform.api.org.OrgUnitKinds.AGENCY;
import static org.danvan.platform.api.org.OrgUnitKinds.COMMUNE;
import static org.danvan.platform.api.org.OrgUnitKinds.FARMERS_ASSOCIATION;
import static org.danvan.platform.api.org.OrgUnitKinds.FATHERLAND_FRONT;
import static org.danvan.platform.api.org.OrgUnitKinds.PARTY_COMMITTEE;
import static org.danvan.platform.api.org.OrgUnitKinds.PROVINCE;
import static org.danvan.platform.api.org.OrgUnitKinds.PUBLIC_SERVICE_UNIT;
import static org.danvan.platform.api.org.OrgUnitKinds.SPECIAL_ZONE;
import static org.danvan.platform.api.org.OrgUnitKinds.STREET_GROUP;
import static org.danvan.platform.api.org.OrgUnitKinds.TRADE_UNION;
import static org.danvan.platform.api.org.OrgUnitKinds.VETERANS_ASSOCIATION;
import static org.danvan.platform.api.org.OrgUnitKinds.VILLAGE;
import static org.danvan.platform.api.org.OrgUnitKinds.WARD;
import static org.danvan.platform.api.org.OrgUnitKinds.WOMENS_UNION;
import static org.danvan.platform.api.org.OrgUnitKinds.YOUTH_UNION;

import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitKinds;

/**
 * Which kind of unit may hang under which, after the two-level local government of 1 July 2025: province →
 * commune, ward or special zone → village or street group; agencies, Party committees, the Fatherland Front and the
 * mass organisations under a province or a commune-level unit; public service units under those or an agency. A province is the only root.
 */
public final class UnitKindRules {

    private static final Set<String> LOCAL_GOVERNMENTS = Set.of(PROVINCE, COMMUNE, WARD, SPECIAL_ZONE);
    private static final Set<String> COMMUNE_LEVEL = Set.of(COMMUNE, WARD, SPECIAL_ZONE);

    private static final Map<String, Set<String>> PARENTS = Map.ofEntries(
            Map.entry(PROVINCE, Set.of()),
            Map.entry(COMMUNE, Set.of(PROVINCE)),
            Map.entry(WARD, Set.of(PROVINCE)),
            Map.entry(SPECIAL_ZONE, Set.of(PROVINCE)),
            Map.entry(VILLAGE, COMMUNE_LEVEL),
            Map.entry(STREET_GROUP, COMMUNE_LEVEL),
            Map.entry(AGENCY, LOCAL_GOVERNMENTS),
            // a hospital, school or centre belongs to a People's Committee or to one of its agencies (a department)
            Map.entry(PUBLIC_SERVICE_UNIT, Set.of(PROVINCE, COMMUNE, WARD, SPECIAL_ZONE, AGENCY)),
            Map.entry(PARTY_COMMITTEE, LOCAL_GOVERNMENTS),
            Map.entry(FATHERLAND_FRONT, LOCAL_GOVERNMENTS),
            Map.entry(WOMENS_UNION, LOCAL_GOVERNMENTS),
            Map.entry(YOUTH_UNION, LOCAL_GOVERNMENTS),
            Map.entry(FARMERS_ASSOCIATION, LOCAL_GOVERNMENTS),
            Map.entry(VETERANS_ASSOCIATION, LOCAL_GOVERNMENTS),
            Map.entry(TRADE_UNION, LOCAL_GOVERNMENTS));

    private UnitKindRules() {
    }

    /** Whether the id is one of {@link OrgUnitKinds#ALL}. */
    public static boolean isKnown(String kind) {
        return kind != null && PARENTS.containsKey(kind);
    }

    /** Whether a unit of this kind is a root (has no parent). */
    public static boolean isRoot(String kind) {
        return PROVINCE.equals(kind);
    }

    /** Whether a unit of {@code kind} may be a child of a unit of {@code parentKind}. */
    public static boolean allowedUnder(String kind, String parentKind) {
        Set<String> parents = PARENTS.get(kind);
        return parents != null && parents.contains(parentKind);
    }

    /** The kinds allowed as parent of {@code kind}. */
    public static Set<String> parentKinds(String kind) {
        return PARENTS.getOrDefault(kind, Set.of());
    }

    static {
        if (!PARENTS.keySet().equals(Set.copyOf(OrgUnitKinds.ALL))) {
            throw new IllegalStateException("every kind of OrgUnitKinds needs its parent rule");
        }
    }
}
