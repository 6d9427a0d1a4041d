/**
 * The DanVan SDK's test kit, for the {@code test} scope of module bundles: the platform services a module calls,
 * as in-memory stand-ins that keep the platform's rules ({@link org.danvan.sdk.testing.FakeUnits},
 * {@link org.danvan.sdk.testing.FakeAccessControl}, {@link org.danvan.sdk.testing.RecordingAuditTrail},
 * {@link org.danvan.sdk.testing.SettableClock}), and {@link org.danvan.sdk.testing.TranslationCheck}. Real databases
 * are in {@code org.danvan.sdk.testing.db}, the screen harness in {@code org.danvan.sdk.testing.ui}.
 */
package org.danvan.sdk.testing;
