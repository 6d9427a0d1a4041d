package org.danvan.sdk.testing.db;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of the kit's own test unit. */
@Entity(name = "KitItem")
@Table(name = "kt_item")
public class KitItem {

    @Id
    @TableGenerator(name = "kt_item_ids", table = "kt_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "kt_item", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "kt_item_ids")
    private Long id;

    @Version
    private long version;

    private String name;

    protected KitItem() {
    }

    public KitItem(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
