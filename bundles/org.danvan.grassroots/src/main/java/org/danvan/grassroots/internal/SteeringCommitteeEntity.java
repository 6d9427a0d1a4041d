package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.grassroots.api.SteeringCommitteeDraft;
import org.danvan.grassroots.api.SteeringMember;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_steering_committee with its members. */
@Entity(name = "SteeringCommittee")
@Table(name = "gr_steering_committee")
public class SteeringCommitteeEntity {

    @Id
    @TableGenerator(name = "gr_steering_committee_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_steering_committee", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_steering_committee_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "committee_name", nullable = false, length = 200)
    private String name;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gr_steering_member", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "line_no")
    private List<SteeringMemberEmbeddable> members = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SteeringCommitteeEntity() {
        // for JPA
    }

    SteeringCommitteeEntity(SteeringCommitteeDraft draft, String unitName, String recordedBy) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.name = draft.name();
        this.establishedOn = draft.establishedOn();
        this.recordedBy = recordedBy;
        draft.members().forEach(m -> members.add(new SteeringMemberEmbeddable(m)));
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitName() {
        return unitName;
    }

    String getName() {
        return name;
    }

    LocalDate getEstablishedOn() {
        return establishedOn;
    }

    List<SteeringMember> getMembers() {
        return members.stream().map(SteeringMemberEmbeddable::toMember).toList();
    }
}
