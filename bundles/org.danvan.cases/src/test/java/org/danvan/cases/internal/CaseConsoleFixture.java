package org.danvan.cases.internal;

import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** Gives the console test (another package) an engine on H2 with today's real date. */
public abstract class CaseConsoleFixture extends CaseEngineFixture {

    @Override
    protected ModuleTestDatabase createDatabase() {
        clock = new org.danvan.cases.internal.testing.MutableClock(java.time.Instant.now());
        return ModuleTestDatabase.h2();
    }

    protected CaseService service() {
        return engine;
    }

    protected OrgUnitDirectory directory() {
        return units;
    }

    protected UserPrincipal officer() {
        return RECEPTION;
    }
}
