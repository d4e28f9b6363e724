package jp.hometech.platform.internal.event;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxDeliveryTest {

    @Test
    void aFailedDeliveryIsRetriedAfter30SecondsThenTwiceAsLongEachTimeAtMostHourly() {
        assertEquals(Duration.ofSeconds(30), OutboxDelivery.wait(1));
        assertEquals(Duration.ofSeconds(60), OutboxDelivery.wait(2));
        assertEquals(Duration.ofSeconds(120), OutboxDelivery.wait(3));
        assertEquals(Duration.ofMinutes(32), OutboxDelivery.wait(7));
        assertEquals(Duration.ofHours(1), OutboxDelivery.wait(8));
        assertEquals(Duration.ofHours(1), OutboxDelivery.wait(500));
    }

    @Test
    void theErrorShownToAdminNamesTheObserversFailureNotTheContainersWrapper() {
        EJBException wrapped = new EJBException(new IllegalStateException("billing is down"));

        assertEquals("java.lang.IllegalStateException: billing is down", OutboxDelivery.describe(wrapped));
    }
}
