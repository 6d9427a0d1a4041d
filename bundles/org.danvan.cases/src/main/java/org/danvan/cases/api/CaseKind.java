package org.danvan.cases.api;

/** What a letter or request is. The label is the translation key {@code case.kind.<name>}. */
public enum CaseKind {
    /** Khiếu nại lần đầu. */
    COMPLAINT_FIRST,
    /** Khiếu nại lần hai (created by {@link CaseService#reopen}). */
    COMPLAINT_SECOND,
    /** Tố cáo: the denouncer's identity is protected. */
    DENUNCIATION,
    /** Kiến nghị. */
    RECOMMENDATION,
    /** Phản ánh. */
    REFLECTION,
    /** Đơn có nhiều nội dung khác nhau. */
    MIXED,
    /** Phản ánh về hành vi, thái độ của cán bộ, công chức. */
    OFFICIAL_CONDUCT_REPORT,
    /** Yêu cầu cung cấp thông tin trực tiếp. */
    INFO_REQUEST_IN_PERSON,
    /** Yêu cầu cung cấp thông tin qua mạng điện tử. */
    INFO_REQUEST_ELECTRONIC,
    /** Yêu cầu cung cấp thông tin qua bưu điện, fax. */
    INFO_REQUEST_POST,
    /** Kiến nghị của cử tri. */
    VOTER_RECOMMENDATION;

    /** Whether this is a complaint (first or second time). */
    public boolean isComplaint() {
        return this == COMPLAINT_FIRST || this == COMPLAINT_SECOND;
    }

    /** Whether this is an information request. */
    public boolean isInformationRequest() {
        return this == INFO_REQUEST_IN_PERSON || this == INFO_REQUEST_ELECTRONIC || this == INFO_REQUEST_POST;
    }

    /** Whether the petitioner's identity is a protected denouncer identity. */
    public boolean protectsIdentity() {
        return this == DENUNCIATION;
    }

    /** Translation key of the label. */
    public String labelKey() {
        return "case.kind." + name();
    }
}
