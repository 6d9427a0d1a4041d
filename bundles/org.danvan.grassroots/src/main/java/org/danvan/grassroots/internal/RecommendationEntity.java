package org.danvan.grassroots.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_recommendation. */
@Entity(name = "Recommendation")
@Table(name = "gr_recommendation")
public class RecommendationEntity {

    @Id
    @TableGenerator(name = "gr_recommendation_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_recommendation", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_recommendation_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    protected RecommendationEntity() {
        // for JPA
    }

    RecommendationEntity(long boardId, String content, LocalDate sentOn, LocalDate dueOn) {
        this.boardId = boardId;
        this.content = content;
        this.sentOn = sentOn;
        this.dueOn = dueOn;
    }

    void answer(String text, LocalDate day) {
        this.answer = text;
        this.answeredOn = day;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getBoardId() {
        return boardId;
    }

    String getContent() {
        return content;
    }

    LocalDate getSentOn() {
        return sentOn;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getAnswer() {
        return answer;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
