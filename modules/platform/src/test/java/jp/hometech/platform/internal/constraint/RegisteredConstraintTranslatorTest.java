package jp.hometech.platform.internal.constraint;

import jakarta.persistence.PersistenceException;
import jp.hometech.platform.api.constraint.ConstraintMessages;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegisteredConstraintTranslatorTest {

    @Test
    void findsTheConstraintNameThatHibernateExtracted() {
        SQLException sql = new SQLException("ERROR: duplicate key", "23505");
        PersistenceException failure = new PersistenceException(
                new ConstraintViolationException("could not execute statement", sql, "recruitment.applicant_email_unique"));
        assertEquals(Optional.of("recruitment.applicant_email_unique"), RegisteredConstraintTranslator.constraintName(failure));
    }

    @Test
    void findsTheConstraintNameInPostgresqlsMessage() {
        SQLException sql = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"enrolment_one_active_per_candidate\"\n  Detail: Key (candidate_id)=(7) already exists.", "23505");
        assertEquals(Optional.of("enrolment_one_active_per_candidate"),
                RegisteredConstraintTranslator.constraintName(new PersistenceException(new RuntimeException(sql))));
    }

    @Test
    void otherFailuresNameNoConstraint() {
        SQLException deadlock = new SQLException("ERROR: deadlock detected on constraint \"x\"", "40P01");
        assertEquals(Optional.empty(), RegisteredConstraintTranslator.constraintName(new PersistenceException(deadlock)));
    }

    @Test
    void mergesEveryModulesRegistryAndRefusesOneNameWithTwoMeanings() {
        ConstraintMessages recruitment = () -> Map.of("applicant_email_unique", "recruitment.application.duplicateEmail");
        ConstraintMessages training = () -> Map.of("Enrolment_One_Active", "training.enrolment.alreadyActive");
        assertEquals(Map.of("applicant_email_unique", "recruitment.application.duplicateEmail",
                        "enrolment_one_active", "training.enrolment.alreadyActive"),
                RegisteredConstraintTranslator.merged(List.of(recruitment, training)));
        ConstraintMessages clash = () -> Map.of("applicant_email_unique", "other.key");
        assertThrows(IllegalStateException.class, () -> RegisteredConstraintTranslator.merged(List.of(recruitment, clash)));
    }
}
