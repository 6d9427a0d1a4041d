package org.danvan.noticeboard.ui.internal;

import java.time.LocalDate;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeDraft;

/** The editor's mutable bean for Vaadin's Binder; converted to an immutable {@link NoticeDraft} on save. */
final class NoticeForm {

    private String title = "";
    private String body = "";
    private LocalDate publishFrom;
    private LocalDate expiresOn;

    /** An empty form for a new notice, published from {@code today}. */
    static NoticeForm blank(LocalDate today) {
        NoticeForm form = new NoticeForm();
        form.publishFrom = today;
        return form;
    }

    /** A form holding an existing notice's content. */
    static NoticeForm of(Notice notice) {
        NoticeForm form = new NoticeForm();
        form.title = notice.title();
        form.body = notice.body();
        form.publishFrom = notice.publishFrom();
        form.expiresOn = notice.expiresOn();
        return form;
    }

    NoticeDraft toDraft() {
        return new NoticeDraft(title, body, publishFrom, expiresOn);
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getBody() {
        return body;
    }

    void setBody(String body) {
        this.body = body;
    }

    LocalDate getPublishFrom() {
        return publishFrom;
    }

    void setPublishFrom(LocalDate publishFrom) {
        this.publishFrom = publishFrom;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
