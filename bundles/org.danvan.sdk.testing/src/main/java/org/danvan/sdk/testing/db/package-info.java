/**
 * Real H2 and MariaDB databases behind the platform's own persistence service:
 * {@link org.danvan.sdk.testing.db.TestDatabase}, and {@link org.danvan.sdk.testing.db.OnEveryDatabase} to run a test
 * class on both.
 */
package org.danvan.sdk.testing.db;
