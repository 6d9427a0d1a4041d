package org.danvan.hcmstudy.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_programme: a unit's theme and programme of a year. */
@Entity(name = "HsProgramme")
@Table(name = "hs_programme")
public class ProgrammeEntity {

    @Id
    @TableGenerator(name = "hs_programme_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_programme", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_programme_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    String unitName;

    @Column(name = "study_year", nullable = false)
    int year;

    @Column(name = "theme", nullable = false, length = 500)
    String theme;

    @Column(name = "key_contents", nullable = false, length = 4000)
    String keyContents;

    /** One material a line. */
    @Column(name = "materials", length = 4000)
    String materials;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    List<String> materialList() {
        return materials == null || materials.isEmpty() ? List.of() : Arrays.asList(materials.split("\n"));
    }

    /** Changes are made inside the entity class, where the weaver tracks them. */
    void change(int newYear, String newTheme, String newKeyContents, String newMaterials) {
        this.year = newYear;
        this.theme = newTheme;
        this.keyContents = newKeyContents;
        this.materials = newMaterials;
    }
}
