package org.danvan.reception.ui.internal.book;

import com.vaadin.flow.component.html.Anchor;

/** The link from a book entry to the case it became, on the case screens' detail route. */
public final class CaseLink {

    /** The case detail route of the case screens (org.danvan.cases.ui). */
    public static final String CASE_DETAIL_ROUTE = "ho-so-vu-viec/chi-tiet";

    private CaseLink() {
    }

    /** {@code ho-so-vu-viec/chi-tiet?id=<id>}. */
    public static String href(long caseId) {
        return CASE_DETAIL_ROUTE + "?id=" + caseId;
    }

    /** An anchor with the case number as text. */
    public static Anchor anchor(long caseId, String id, String text) {
        Anchor anchor = new Anchor(href(caseId), text);
        anchor.setId(id);
        return anchor;
    }
}
