package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/** The DS component as Karaf builds it: configuration defaults, keys from etc/, schema migration, deactivation. */
class CaseServiceComponentTest extends CaseEngineFixture {

    @Override
    protected ModuleTestDatabase createDatabase() {
        clock = new org.danvan.cases.internal.testing.MutableClock(java.time.Instant.now());
        return ModuleTestDatabase.h2();
    }

    private static CaseConfiguration configuration(String contentStore) {
        return new CaseConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CaseConfiguration.class;
            }

            @Override
            public int nearDueWorkingDays() {
                return 3;
            }

            @Override
            public int duplicateWindowDays() {
                return 365;
            }

            @Override
            public int contentSimilarityPercent() {
                return 50;
            }

            @Override
            public int maxAttachmentMegabytes() {
                return 20;
            }

            @Override
            public String contentStore() {
                return contentStore;
            }
        };
    }

    @Test
    void theComponentStartsOnTheDatabaseAndServes() throws IOException {
        CaseSettings settings = CaseServiceComponent.settings(configuration(""));
        assertEquals(20L * 1024 * 1024, settings.maxAttachmentBytes());
        assertTrue(settings.contentStore().endsWith(Path.of("danvan", "attachments")), settings.contentStore()
                .toString());

        Path etc = Files.createTempDirectory("danvan-etc-");
        String previous = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", etc.toString());
        // the unit "cases" is open in the fixture; the component opens its own, so close the fixture's first
        database.close();
        database = createDatabase();
        try {
            CaseKeys keys = new CaseKeys(KeyServiceImpl.onFile(etc.resolve("danvan.keys")));
            CaseServiceComponent component = new CaseServiceComponent(database, rules, calendar, access, audit, units,
                    keys, configuration(contentStore.toString()), null);
            try {
                long id = component.intake(RECEPTION, IntakeRequest.of(TestOrgUnits.TIEN_DU, CaseKind.REFLECTION,
                        Channel.ONLINE, person("Kiều Văn Sáu", null, null), null, "Phản ánh đèn đường hỏng",
                        java.time.LocalDate.now(CaseSettings.VIETNAM))).caseId();
                assertEquals(1, component.find(CHAIR, CaseQuery.of(Worklist.ALL).withText("den duong")).total());
                assertEquals("Kiều Văn Sáu", component.detail(CHAIR, id).petitioners().get(0).person().fullName());
                assertTrue(Files.readString(etc.resolve("danvan.keys")).contains(CaseKeys.PURPOSE + ".active = k1"));
            } finally {
                component.deactivate();
            }
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.etc");
            } else {
                System.setProperty("karaf.etc", previous);
            }
            Files.deleteIfExists(etc.resolve("danvan.keys"));
            Files.deleteIfExists(etc);
        }
    }
}
