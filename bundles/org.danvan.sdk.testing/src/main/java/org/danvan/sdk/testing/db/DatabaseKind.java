package org.danvan.sdk.testing.db;

/** The databases DanVan runs on: the embedded H2 file database (default) and MariaDB (production). */
public enum DatabaseKind {

    /** An H2 file database in a temporary folder, with the platform's durable settings. */
    H2("H2"),
    /**
     * A fresh database on the MariaDB server at {@code 127.0.0.1:3306}, created with latin1 as its default character
     * set so that a changelog must ask for utf8mb4 itself.
     */
    MARIADB("MariaDB");

    private final String productName;

    DatabaseKind(String productName) {
        this.productName = productName;
    }

    /** The product name the JDBC driver reports, e.g. {@code MariaDB}. */
    public String productName() {
        return productName;
    }
}
