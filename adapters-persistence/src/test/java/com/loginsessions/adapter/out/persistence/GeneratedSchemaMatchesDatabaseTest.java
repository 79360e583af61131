package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.adapter.out.persistence.jooq.DefaultSchema;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * The jOOQ classes are generated from the migration scripts replayed in an in-memory database, not from
 * PostgreSQL: this proves that what they describe is what Flyway really built.
 */
class GeneratedSchemaMatchesDatabaseTest {

    private final DSLContext dsl = new PostgresFixture().dsl;

    @Test
    void every_generated_table_has_exactly_the_migrated_columns_and_nullability() {
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Map<String, Boolean> generated = new TreeMap<>();
            for (Field<?> field : table.fields()) {
                generated.put(field.getName(), field.getDataType().nullable());
            }
            Map<String, Boolean> migrated = new TreeMap<>();
            dsl.fetch("select column_name, is_nullable from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = ?", table.getName())
                    .forEach(r -> migrated.put(r.get(0, String.class), "YES".equals(r.get(1, String.class))));

            assertThat(generated).as("columns of %s", table.getName()).isEqualTo(migrated);
        }
    }
}
