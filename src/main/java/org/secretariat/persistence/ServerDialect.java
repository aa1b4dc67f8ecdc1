package org.secretariat.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Hibernate's PostgreSQL dialect with the two {@code @Lob} columns kept inline, as the PostgreSQL
 * migrations create them (decision 0017): a {@code @Lob byte[]} (the certificate template's logo and
 * seal) is {@code BYTEA} and a {@code @Lob String} (an amended charter's text) is {@code TEXT}. The
 * dialect itself would expect large objects ({@code oid}), which live outside the row, are not
 * removed with it, and need a transaction to be read; the same entities then validate on both engines.
 */
public class ServerDialect extends PostgreSQLDialect {

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        JdbcTypeRegistry types = contributions.getTypeConfiguration().getJdbcTypeRegistry();
        types.addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
        types.addDescriptor(SqlTypes.CLOB, VarcharJdbcType.INSTANCE);
    }
}
