package org.danvan.platform.api.org;

import java.util.List;

/**
 * The kinds of org unit. The label of a kind is the translation key {@code identity.unit-kind.<id>}.
 */
public final class OrgUnitKinds {

    public static final String PROVINCE = "province";
    public static final String COMMUNE = "commune";
    public static final String WARD = "ward";
    public static final String SPECIAL_ZONE = "special-zone";
    public static final String VILLAGE = "village";
    public static final String STREET_GROUP = "street-group";
    public static final String AGENCY = "agency";
    /**
     * A public service unit (đơn vị sự nghiệp công lập: a hospital, a school, a centre) under a local government or
     * an agency; its head receives citizens at least one day a month from 1 July 2026. Since 1.2.
     */
    public static final String PUBLIC_SERVICE_UNIT = "public-service-unit";
    public static final String PARTY_COMMITTEE = "party-committee";
    public static final String FATHERLAND_FRONT = "fatherland-front";
    public static final String WOMENS_UNION = "womens-union";
    public static final String YOUTH_UNION = "youth-union";
    public static final String FARMERS_ASSOCIATION = "farmers-association";
    public static final String VETERANS_ASSOCIATION = "veterans-association";
    public static final String TRADE_UNION = "trade-union";

    /** All kinds, in display order. */
    public static final List<String> ALL = List.of(PROVINCE, COMMUNE, WARD, SPECIAL_ZONE, VILLAGE, STREET_GROUP,
            AGENCY, PUBLIC_SERVICE_UNIT, PARTY_COMMITTEE, FATHERLAND_FRONT, WOMENS_UNION, YOUTH_UNION, FARMERS_ASSOCIATION,
            VETERANS_ASSOCIATION, TRADE_UNION);

    private OrgUnitKinds() {
    }
}
