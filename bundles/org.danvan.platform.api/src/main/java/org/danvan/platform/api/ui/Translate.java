package org.danvan.platform.api.ui;

import java.io.Serializable;

/** Looks a text up by key (a view passes {@code this::getTranslation}), as {@link com.vaadin.flow.component.Component#getTranslation(String, Object...)} does. */
@FunctionalInterface
public interface Translate extends Serializable {

    String text(String key, Object... params);
}
