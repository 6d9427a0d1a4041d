package org.danvan.identity.internal.model;

/**
 * What an org unit is. Stored by name, so constants may be added but never renamed. The label is the translation
 * key {@code identity.orgunit.kind.<NAME>}.
 */
public enum OrgUnitKind {
    PROVINCE,
    COMMUNE,
    WARD,
    SPECIAL_ZONE,
    /** A village (thôn, bản, ấp) or an urban street group (tổ dân phố). */
    VILLAGE,
    /** An agency or department, e.g. a Party committee's mass-mobilisation board. */
    AGENCY,
    PARTY_COMMITTEE,
    FATHERLAND_FRONT,
    /** Women's Union, Youth Union, Farmers' Association, Veterans' Association, Trade Union. */
    MASS_ORGANISATION
}
