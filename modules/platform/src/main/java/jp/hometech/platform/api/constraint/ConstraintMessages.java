package jp.hometech.platform.api.constraint;

import java.util.Map;

/**
 * A module's database constraints that refuse a business request, each with the message key the user reads.
 * Each module has one CDI bean implementing this; the {@link ConstraintTranslator} consults all of them.
 * Constraint names are unique across the database, so one name never means two things.
 */
public interface ConstraintMessages {

    /** Constraint or unique-index name → message key of the module's bundle. */
    Map<String, String> messageKeys();
}
