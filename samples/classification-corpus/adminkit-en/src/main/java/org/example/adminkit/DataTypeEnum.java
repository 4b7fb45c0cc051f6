package org.example.adminkit;

public enum DataTypeEnum {
    MYSQL("mysql", "com.mysql.cj.jdbc.Driver"),
    POSTGRES("postgresql", "org.postgresql.Driver");

    // lawful: not-personal
    private final String feature;

    // lawful: not-personal
    private final String driver;

    DataTypeEnum(String feature, String driver) {
        this.feature = feature;
        this.driver = driver;
    }
}
