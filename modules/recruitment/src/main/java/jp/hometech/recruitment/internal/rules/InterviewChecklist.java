package jp.hometech.recruitment.internal.rules;

import jp.hometech.recruitment.api.R4cTopic;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The R4c checklist: every topic recorded as confirmed or not; R4c holds only when all are confirmed. */
public record InterviewChecklist(Map<R4cTopic, Boolean> topics) {

    public InterviewChecklist {
        Map<R4cTopic, Boolean> copy = new EnumMap<>(R4cTopic.class);
        copy.putAll(topics);
        topics = copy;
    }

    public static InterviewChecklist of(Set<R4cTopic> confirmed) {
        Map<R4cTopic, Boolean> topics = new EnumMap<>(R4cTopic.class);
        for (R4cTopic topic : R4cTopic.values()) {
            topics.put(topic, confirmed.contains(topic));
        }
        return new InterviewChecklist(topics);
    }

    public boolean allConfirmed() {
        return confirmedCount() == R4cTopic.values().length;
    }

    public int confirmedCount() {
        return (int) topics.values().stream().filter(Boolean::booleanValue).count();
    }

    public static int total() {
        return R4cTopic.values().length;
    }
}
