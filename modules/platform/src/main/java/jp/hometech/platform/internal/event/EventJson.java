package jp.hometech.platform.internal.event;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Events as JSON: readable on the admin page, and independent of Java serialization's class versions. */
final class EventJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    static String write(Object event) {
        return JSON.toJson(event);
    }

    static Object read(String type, String payload) throws ClassNotFoundException {
        // The platform's class loader sees every module of the EAR (sub-deployments are not isolated).
        Class<?> eventClass = Class.forName(type, true, EventJson.class.getClassLoader());
        return JSON.fromJson(payload, eventClass);
    }

    private EventJson() {
    }
}
