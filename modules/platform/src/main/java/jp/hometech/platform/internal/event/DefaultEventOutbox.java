package jp.hometech.platform.internal.event;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.platform.api.time.BusinessClock;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

@Stateless
public class DefaultEventOutbox implements EventOutbox {

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** MANDATORY: an event written outside the publisher's transaction could outlive a rolled-back change. */
    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long publish(String module, Object event) {
        Objects.requireNonNull(event, "event");
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("Not a module name: " + module);
        }
        OutboxEntry entry = new OutboxEntry(module, event.getClass().getName(), EventJson.write(event),
                clock.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(entry);
        em.flush();
        return entry.getId();
    }
}
