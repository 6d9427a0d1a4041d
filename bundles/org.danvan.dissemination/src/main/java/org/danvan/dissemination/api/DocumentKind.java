package org.danvan.dissemination.api;

/** What is disseminated: a Party resolution or directive, a law or legal text, a plan, anything else. */
public enum DocumentKind {
    RESOLUTION, LAW, PLAN, OTHER;

    public String labelKey() {
        return "dissemination.kind." + name();
    }
}
