package org.danvan.identity.internal;

import org.danvan.identity.internal.model.LoginThrottle;
import org.danvan.identity.internal.model.ModuleSetting;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.OrgUnitName;
import org.danvan.identity.internal.model.PermissionSeen;
import org.danvan.identity.internal.model.Role;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UnitChangeMember;
import org.danvan.identity.internal.model.UnitChangeRecord;
import org.danvan.identity.internal.model.UnitSuccession;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.model.UserMembership;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the identity persistence unit: migrates the schema, builds the EntityManagerFactory and, on the very first
 * start, seeds the database. The other identity components share this one unit instead of each building their own
 * EntityManagerFactory (and running the changelog) again.
 */
@Component(service = IdentityDatabase.class, immediate = true, configurationPid = IdentityConfiguration.PID)
@Designate(ocd = IdentityConfiguration.class)
public class IdentityDatabase {

    /** The identity persistence unit: name, changelog and entity classes. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("identity",
            "db/identity/changelog.xml", OrgUnit.class, UserAccount.class, RoleAssignment.class, OrgUnitName.class,
            UnitSuccession.class, UnitChangeRecord.class, UnitChangeMember.class, UserMembership.class, Role.class,
            PermissionSeen.class, LoginThrottle.class, ModuleSetting.class);

    private static final Logger LOG = LoggerFactory.getLogger(IdentityDatabase.class);

    private final EntityStore store;

    @Activate
    public IdentityDatabase(@Reference PersistenceService persistence, IdentityConfiguration configuration) {
        EntityStore opened = persistence.open(UNIT);
        try {
            new FirstRunSeeder(opened, new PasswordHasher()).seedIfEmpty(configuration.demoData());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        this.store = opened;
        LOG.info("Identity store ready on {}", persistence.databaseProductName());
    }

    /** The identity unit of work. */
    public EntityStore store() {
        return store;
    }

    /** The demo-data switch matters only on the first start, so a change needs no restart of the store. */
    @Modified
    void modified(IdentityConfiguration configuration) {
        LOG.debug("Configuration changed (demoData={}); it applies only to a database without users",
                configuration.demoData());
    }

    @Deactivate
    void deactivate() {
        store.close();
    }
}
