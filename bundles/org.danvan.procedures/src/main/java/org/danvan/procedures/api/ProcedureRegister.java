package org.danvan.procedures.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of procedures of a unit: changes need {@link ProcedurePermissions#MANAGE} at the unit; reading any of
 * the module's permissions.
 */
@ProviderType
public interface ProcedureRegister {

    /** The refusal when the record was removed meanwhile. */
    String GONE = "procedures.validation.gone";

    /** The unit's procedures (in force first, then abolished), by code; empty where the user may not read. */
    List<Procedure> procedures(long unitId, UserPrincipal user);

    Procedure create(ProcedureDraft draft, UserPrincipal user);

    /** Changes a procedure in force; the unit stays the one that owns it. */
    Procedure update(long procedureId, long expectedVersion, ProcedureDraft draft, UserPrincipal user);
}
