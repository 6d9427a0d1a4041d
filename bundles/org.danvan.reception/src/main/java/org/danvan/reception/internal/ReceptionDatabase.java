package org.danvan.reception.internal;

import java.nio.file.Path;

import org.danvan.reception.internal.model.BookCounterEntity;
import org.danvan.reception.internal.model.BookEntryEntity;
import org.danvan.reception.internal.model.CommitmentEntity;
import org.danvan.reception.internal.model.DialogueEntity;
import org.danvan.reception.internal.model.FrequencyRuleEntity;
import org.danvan.reception.internal.model.SessionEntity;
import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the reception persistence unit and the personal-data key ring; the schedule, book and dialogue services share
 * this one unit instead of each running the changelog and building an EntityManagerFactory.
 */
@Component(service = ReceptionDatabase.class, immediate = true, configurationPid = ReceptionConfiguration.PID)
@Designate(ocd = ReceptionConfiguration.class)
public class ReceptionDatabase {

    /** The reception persistence unit: name, changelog and entity classes. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("reception",
            "db/reception/changelog.xml", FrequencyRuleEntity.class, SessionEntity.class, BookCounterEntity.class,
            BookEntryEntity.class, DialogueEntity.class, CommitmentEntity.class);

    private static final Logger LOG = LoggerFactory.getLogger(ReceptionDatabase.class);

    private final EntityStore store;
    private final PersonalDataProtector protector;

    @Activate
    public ReceptionDatabase(@Reference PersistenceService persistence, @Reference KeyService keys,
            ReceptionConfiguration configuration) {
        this(persistence, ringOf(keys, oldKeyFile(configuration)));
        LOG.info("Citizen reception ready on {} (personal data: key ring {})", persistence.databaseProductName(),
                PersonalDataProtector.PURPOSE);
    }

    /** With a given key ring (tests). */
    ReceptionDatabase(PersistenceService persistence, KeyRing ring) {
        this.protector = new PersonalDataProtector(ring);
        this.store = persistence.open(UNIT);
    }

    private static KeyRing ringOf(KeyService keys, Path oldKeyFile) {
        PersonalDataProtector.importLegacyKey(keys, oldKeyFile);
        return keys.ring(PersonalDataProtector.PURPOSE);
    }

    private static Path oldKeyFile(ReceptionConfiguration configuration) {
        String configured = configuration.keyFile() == null ? "" : configuration.keyFile().strip();
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "reception", "personal-data.key");
    }

    /** The reception unit of work. */
    EntityStore store() {
        return store;
    }

    /** Encryption and search hashes of the book's personal data. */
    PersonalDataProtector protector() {
        return protector;
    }

    @Deactivate
    void deactivate() {
        store.close();
    }
}
