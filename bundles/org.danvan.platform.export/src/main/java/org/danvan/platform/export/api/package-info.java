/**
 * Documents a module exports for people to read, print or calculate with: a title, paragraphs, tables and QR codes (1.1.0), written as
 * an .xlsx workbook or a PDF by the {@link org.danvan.platform.export.api.DocumentExporter} service. Texts arrive
 * translated (the module knows the reader's language); numbers, dates and percentages stay typed so a workbook can
 * calculate with them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.platform.export.api;
