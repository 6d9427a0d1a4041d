/**
 * Periodic reports on petitions (Circular 02/2021/TT-TTCP; from 30 September 2025 Circular 06/2025/TT-TTCP): the report periods, the figures of a unit and of each
 * of its direct child units for a period, and their export to Excel and PDF.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.reports.api;
