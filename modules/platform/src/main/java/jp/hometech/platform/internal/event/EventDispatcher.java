package jp.hometech.platform.internal.event;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/** Fires one stored event to its observers in a transaction of its own: their work commits or rolls back with it. */
@Stateless
public class EventDispatcher {

    @Inject
    BeanManager beanManager;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(String eventType, String payload) throws ClassNotFoundException {
        Object event = EventJson.read(eventType, payload);
        // Observers are resolved by the event's runtime class, as if the publisher had fired it itself.
        beanManager.getEvent().fire(event);
    }
}
