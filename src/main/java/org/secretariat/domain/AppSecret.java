package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret of this data folder (the certificate verification key), kept with the data so backups carry it. */
@Entity
@Table(name = "app_secret")
public class AppSecret {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "secret_value", nullable = false, length = 200)
    private String value;

    protected AppSecret() {
    }

    public AppSecret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
