package org.danvan.cases.ui.internal;

import java.io.Serializable;

/** Looks a text up by key, as {@link com.vaadin.flow.component.Component#getTranslation(String, Object...)} does. */
@FunctionalInterface
public interface Translate extends Serializable {

    String text(String key, Object... params);
}
