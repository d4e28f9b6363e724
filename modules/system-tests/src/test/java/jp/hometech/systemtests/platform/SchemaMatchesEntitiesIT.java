package jp.hometech.systemtests.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jp.hometech.platform.migration.ModuleSchemaMigrator;
import jp.hometech.systemtests.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flyway owns the schema and Hibernate never touches it, so this proves the two agree: each module's
 * migrations are applied to PostgreSQL, then Hibernate validates that module's entities against the result.
 */
class SchemaMatchesEntitiesIT {

    @ParameterizedTest
    @MethodSource("modules")
    void entitiesMatchTheMigratedSchema(String module) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.jdbcUrl());
        dataSource.setUser(TestDatabase.user());
        dataSource.setPassword(TestDatabase.password());
        ModuleSchemaMigrator.migrate(dataSource, module, getClass().getClassLoader());

        Map<String, Object> outsideTheServer = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "hibernate.hbm2ddl.auto", "validate");
        assertDoesNotThrow(() -> {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(module, outsideTheServer);
            factory.close();
        });
    }

    /** Every module jar on the class path brings one persistence unit named after the module and its schema. */
    static List<String> modules() throws Exception {
        List<String> units = new ArrayList<>();
        Enumeration<URL> descriptors = SchemaMatchesEntitiesIT.class.getClassLoader().getResources("META-INF/persistence.xml");
        while (descriptors.hasMoreElements()) {
            try (InputStream in = descriptors.nextElement().openStream()) {
                NodeList declared = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getElementsByTagName("persistence-unit");
                for (int i = 0; i < declared.getLength(); i++) {
                    units.add(((Element) declared.item(i)).getAttribute("name"));
                }
            }
        }
        Collections.sort(units);
        assertTrue(units.containsAll(List.of("platform", "recruitment", "training")), "persistence units: " + units);
        return units;
    }
}
