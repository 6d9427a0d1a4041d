package org.danvan.audit.internal.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The one-row head of the chain: the last sequence number and hash. Every append locks this row first (pessimistic
 * write lock), which serialises writers of every Karaf node sharing the database; the version column is a second line
 * of defence should a lock ever not be taken. Not cached, because another node changes it.
 */
@Entity(name = "ChainHead")
@Table(name = "aud_chain_head")
@Cacheable(false)
public class ChainHead {

    /** The id of the only row, inserted by the changelog. */
    public static final int ID = 1;

    /** What the first entry chains to. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private int id;

    @Version
    private long version;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
        // for JPA
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getVersion() {
        return version;
    }

    /** Moves the head to a newly appended entry. */
    public void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
