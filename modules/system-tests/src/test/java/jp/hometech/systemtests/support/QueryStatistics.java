package jp.hometech.systemtests.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;


/** Counts the SQL statements a call runs through a module's persistence unit (Hibernate's statistics, on for the call). */
@ApplicationScoped
public class QueryStatistics {

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory platform;

    @PersistenceUnit(unitName = "recruitment")
    EntityManagerFactory recruitment;

    /** The number of JDBC statements the call prepared through the platform's unit. */
    public long statementsRunBy(Runnable call) {
        return statements(platform, call);
    }

    /** The number of JDBC statements the call prepared through recruitment's unit. */
    public long recruitmentStatementsRunBy(Runnable call) {
        return statements(recruitment, call);
    }

    /** Queries read as streams included; the server runs one test at a time. */
    private synchronized long statements(EntityManagerFactory unit, Runnable call) {
        Statistics statistics = unit.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            call.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
            statistics.clear();
        }
    }
}
