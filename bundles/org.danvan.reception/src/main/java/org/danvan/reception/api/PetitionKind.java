package org.danvan.reception.api;

/** The kind of petition a citizen brings (form 03 column "loại đơn"). Label: {@code reception.petition-kind.<name>}. */
public enum PetitionKind {
    /** Khiếu nại. */
    COMPLAINT,
    /** Tố cáo. */
    DENUNCIATION,
    /** Kiến nghị. */
    RECOMMENDATION,
    /** Phản ánh. */
    REFLECTION,
    /** Several different contents. */
    MIXED,
    /** Yêu cầu cung cấp thông tin, in person. */
    INFORMATION_REQUEST;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.petition-kind." + name();
    }
}
