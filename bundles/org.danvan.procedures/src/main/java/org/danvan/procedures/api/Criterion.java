package org.danvan.procedures.api;

import java.util.List;

/**
 * One of the four criteria a procedure is reviewed on, with the questions the reviewer answers, as cited data of the
 * module (not code).
 *
 * @param id {@code necessity}, {@code legality}, {@code rationality} or {@code efficiency}
 * @param labelKey translation key of its name
 * @param questionKeys translation keys of its questions
 * @param citation the text it comes from
 */
public record Criterion(String id, String labelKey, List<String> questionKeys, String citation) {

    public Criterion {
        questionKeys = List.copyOf(questionKeys);
    }
}
