package org.danvan.nationalexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

class ExportSettingsTest {

    static ExportConfiguration config(String endpoint, String token, int interval, int batch) {
        return new ExportConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ExportConfiguration.class;
            }

            @Override
            public String endpoint() {
                return endpoint;
            }

            @Override
            public String token() {
                return token;
            }

            @Override
            public String sender() {
                return "24";
            }

            @Override
            public int intervalSeconds() {
                return interval;
            }

            @Override
            public int retryBaseSeconds() {
                return 1;
            }

            @Override
            public int retryMaxSeconds() {
                return 4;
            }

            @Override
            public int batchSize() {
                return batch;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }

    @Test
    void onlyAnHttpOrHttpsAddressIsAnEndpoint() {
        assertEquals("national-export.config.noEndpoint", ExportSettings.of(config(" ", "", 60, 10)).problem());
        for (String bad : new String[] {"ftp://csdl.thanhtra.gov.vn/in", "csdl.thanhtra.gov.vn", "http://",
                "https://user:pw@csdl.thanhtra.gov.vn/in", "javascript:alert(1)", "http://a b"}) {
            ExportSettings settings = ExportSettings.of(config(bad, "", 60, 10));
            assertEquals("national-export.config.badEndpoint", settings.problem(), bad);
            assertFalse(settings.configured(), bad);
        }
        ExportSettings good = ExportSettings.of(config("https://csdl.thanhtra.gov.vn:8443/api/nhan?k=1", "s3cr3t",
                60, 10));
        assertNull(good.problem());
        assertTrue(good.configured());
        assertEquals("https://csdl.thanhtra.gov.vn:8443/api/nhan", good.shownEndpoint());
    }

    @Test
    void numbersOutOfRangeLeaveTheAdapterIdle() {
        assertEquals("national-export.config.badNumbers",
                ExportSettings.of(config("https://x.gov.vn/in", "", 0, 10)).problem());
        assertEquals("national-export.config.badNumbers",
                ExportSettings.of(config("https://x.gov.vn/in", "", 60, 501)).problem());
        assertFalse(ExportSettings.of(config("https://x.gov.vn/in", "", 60, 501)).configured());
    }

    @Test
    void theTokenIsNeverInTheAuditDetailsButAChangeOfItIsSeen() {
        ExportSettings one = ExportSettings.of(config("https://x.gov.vn/in", "bi-mat-1", 60, 10));
        ExportSettings two = ExportSettings.of(config("https://x.gov.vn/in", "bi-mat-2", 60, 10));
        assertFalse(one.auditDetails().toString().contains("bi-mat"), one.auditDetails().toString());
        assertFalse(one.auditDetails().equals(two.auditDetails()));
        assertEquals("-", ExportSettings.of(config("https://x.gov.vn/in", "", 60, 10)).auditDetails().get("token"));
    }
}
