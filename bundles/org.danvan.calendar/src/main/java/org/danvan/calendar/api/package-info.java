/**
 * The Vietnamese working-day calendar: lunar dates (Vietnamese calendar, UTC+7), public holidays, compensatory
 * days and yearly announcements, and statutory deadlines counted under the Civil Code 2015, arts. 147–148.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.calendar.api;
