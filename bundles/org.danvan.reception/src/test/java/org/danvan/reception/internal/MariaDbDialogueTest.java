package org.danvan.reception.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The dialogue contract on MariaDB, in a fresh database whose default character set is latin1. */
class MariaDbDialogueTest extends DialogueContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
