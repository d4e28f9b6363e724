package jp.hometech.systemtests.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;


/** Counts the SQL statements a call runs through the platform's persistence unit (Hibernate's statistics, on for the call). */
@ApplicationScoped
public class QueryStatistics {

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory platform;

    /** The number of JDBC statements the call prepared (queries read as streams included); one test runs at a time. */
    public synchronized long statementsRunBy(Runnable call) {
        Statistics statistics = platform.unwrap(SessionFactory.class).getStatistics();
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
