package org.danvan.platform.api.security;

import java.util.List;

/**
 * Ids of the default roles every DanVan installation knows. A bundle names them in
 * {@link org.danvan.platform.api.security.PermissionContribution#defaultRoles()} to grant its permissions by
 * default; administrators may later change which permissions a role holds.
 * <p>
 * The label of a role is the translation key {@code identity.role.<id>}.
 */
public final class Roles {

    /** Province administrator: manages users, units and modules of the whole province. */
    public static final String PROVINCE_ADMIN = "province-admin";
    /** Chair (or vice-chair) of a commune-level People's Committee. */
    public static final String COMMUNE_CHAIR = "commune-chair";
    /** Officer of a citizen reception office. */
    public static final String RECEPTION_OFFICER = "reception-officer";
    /** Official who handles petitions, complaints and denunciations. */
    public static final String CASE_HANDLER = "case-handler";
    /** Inspector: oversees how cases are handled. */
    public static final String INSPECTOR = "inspector";
    /** Officer of the Fatherland Front or a socio-political (mass) organisation. */
    public static final String MASS_ORG_OFFICER = "mass-org-officer";
    /** Read-only observer. */
    public static final String OBSERVER = "observer";

    /** All default roles, in the order administrators see them. */
    public static final List<String> ALL = List.of(PROVINCE_ADMIN, COMMUNE_CHAIR, RECEPTION_OFFICER, CASE_HANDLER,
            INSPECTOR, MASS_ORG_OFFICER, OBSERVER);

    private Roles() {
    }
}
