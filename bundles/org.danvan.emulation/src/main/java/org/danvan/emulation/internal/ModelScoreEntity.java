package org.danvan.emulation.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of em_model_score: one council member's points for a model, with its em_model_point rows. */
@Entity(name = "EmModelScore")
@Table(name = "em_model_score")
public class ModelScoreEntity {

    @Id
    @TableGenerator(name = "em_model_score_ids", table = "em_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "em_model_score", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "em_model_score_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "model_id", nullable = false)
    private long modelId;

    @Column(name = "member_user_id", nullable = false)
    private long memberUserId;

    @Column(name = "member_name", nullable = false, length = 64)
    private String memberName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "em_model_point", joinColumns = @JoinColumn(name = "score_id"))
    @MapKeyColumn(name = "criterion", length = 64)
    @Column(name = "points", nullable = false)
    private Map<String, Integer> points = new HashMap<>();

    @Column(name = "member_comment", length = 2000)
    private String comment;

    protected ModelScoreEntity() {
        // for JPA
    }

    ModelScoreEntity(long modelId, long memberUserId, String memberName) {
        this.modelId = modelId;
        this.memberUserId = memberUserId;
        this.memberName = memberName;
    }

    void set(Map<String, Integer> newPoints, String newComment) {
        points.clear();
        points.putAll(newPoints);
        this.comment = newComment;
    }

    int total() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    long getModelId() { return modelId; }
    long getMemberUserId() { return memberUserId; }
    String getMemberName() { return memberName; }
    Map<String, Integer> getPoints() { return points; }
    String getComment() { return comment; }
}
