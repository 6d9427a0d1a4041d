package org.danvan.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of em_vote: one council member's vote on a proposal. */
@Entity(name = "EmVote")
@Table(name = "em_vote")
public class VoteEntity {

    @Id
    @TableGenerator(name = "em_vote_ids", table = "em_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "em_vote", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "em_vote_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "member_user_id", nullable = false)
    private long memberUserId;

    @Column(name = "member_name", nullable = false, length = 64)
    private String memberName;

    @Column(nullable = false)
    private boolean approve;

    @Column(name = "member_comment", length = 2000)
    private String comment;

    protected VoteEntity() {
        // for JPA
    }

    VoteEntity(long proposalId, long memberUserId, String memberName) {
        this.proposalId = proposalId;
        this.memberUserId = memberUserId;
        this.memberName = memberName;
    }

    void set(boolean newApprove, String newComment) {
        this.approve = newApprove;
        this.comment = newComment;
    }

    boolean isApprove() { return approve; }
}
