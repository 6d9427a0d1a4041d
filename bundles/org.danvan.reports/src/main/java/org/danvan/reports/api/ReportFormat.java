package org.danvan.reports.api;

/** The file formats a report is exported to. */
public enum ReportFormat {
    /** Office Open XML workbook. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** PDF with the font embedded. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The MIME type. */
    public String mediaType() {
        return mediaType;
    }
}
