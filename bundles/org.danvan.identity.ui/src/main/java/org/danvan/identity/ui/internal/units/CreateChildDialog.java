package org.danvan.identity.ui.internal.units;

import java.util.function.Consumer;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;

/** Creates a unit below the selected one. */
final class CreateChildDialog extends UnitChangeDialog {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitAdmin admin;
    private final transient UserPrincipal actor;
    private final transient OrgUnitInfo parent;
    private final NewUnitFields fields;

    CreateChildDialog(OrgUnitAdmin admin, UserPrincipal actor, OrgUnitInfo parent, Consumer<Long> onChanged) {
        super("unit-create-dialog", "", "unit-create-save", "identity.ui.unit.created", onChanged);
        this.admin = admin;
        this.actor = actor;
        this.parent = parent;
        setHeaderTitle(getTranslation("identity.ui.unit.createChild.title", parent.name()));
        fields = new NewUnitFields("unit-new", errors, "", likelyChildKind(parent.kind()), true);
        add(fields);
    }

    @Override
    protected Long submit() {
        if (!fields.check()) {
            return null;
        }
        return admin.create(actor, fields.toNewUnit(parent.code(), LocalizedDates.today())).id();
    }

    /** What is usually created below a unit of this kind (the administrator can pick another). */
    static String likelyChildKind(String parentKind) {
        return switch (parentKind) {
            case OrgUnitKinds.PROVINCE -> OrgUnitKinds.COMMUNE;
            case OrgUnitKinds.COMMUNE, OrgUnitKinds.SPECIAL_ZONE -> OrgUnitKinds.VILLAGE;
            case OrgUnitKinds.WARD -> OrgUnitKinds.STREET_GROUP;
            default -> null;
        };
    }
}
