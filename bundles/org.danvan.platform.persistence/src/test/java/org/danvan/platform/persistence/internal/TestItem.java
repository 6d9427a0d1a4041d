package org.danvan.platform.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** Test entity of unit "persistencetest" (changelog db/persistencetest/changelog.xml). */
@Entity
@Table(name = "PT_ITEM")
public class TestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pt_item_ids")
    @TableGenerator(name = "pt_item_ids", table = "PT_ID_GEN", pkColumnName = "GEN_NAME",
            valueColumnName = "GEN_VALUE", pkColumnValue = "PT_ITEM", allocationSize = 100)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "AMOUNT", nullable = false)
    private int amount;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected TestItem() {
    }

    public TestItem(String name, int amount) {
        this.name = name;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getAmount() {
        return amount;
    }

    public void setAmount(int amount) {
        this.amount = amount;
    }

    public long getVersion() {
        return version;
    }
}
