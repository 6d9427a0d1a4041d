/** Screens under test without a browser: {@link org.danvan.sdk.testing.ui.UiHarness}. Needs Vaadin on the test class path. */
package org.danvan.sdk.testing.ui;
