package org.danvan.platform.ui.kit;

import java.io.Serializable;

/** Looks a text up by key (a view passes {@code this::getTranslation}), as {@link com.vaadin.flow.component.Component#getTranslation(String, Object...)} does. */
@FunctionalInterface
public interface Translate extends Serializable {

    String text(String key, Object... params);
}
