package jp.hometech.platform.api;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortFieldsTest {

    private static final SortFields SORT = SortFields.of("applicants", "appliedOn", false, "appliedOn", "nameKana");

    @Test
    void anAllowedFieldIsKeptWithItsDirection() {
        PageRequest request = new PageRequest(40, 20, "nameKana", true);
        assertEquals(request, SORT.resolve(request));
    }

    @Test
    void noFieldAndAnUnknownFieldBothGiveTheDefaultSort() {
        assertEquals(new PageRequest(0, 20, "appliedOn", false), SORT.resolve(new PageRequest(0, 20, null, true)));
        assertEquals(new PageRequest(20, 20, "appliedOn", false),
                SORT.resolve(new PageRequest(20, 20, "email; drop table applicant", true)));
    }

    @Test
    void aServiceMustImplementEveryAllowedField() {
        SORT.requireAll(Set.of("appliedOn", "nameKana", "id"));
        assertThrows(IllegalStateException.class, () -> SORT.requireAll(Set.of("appliedOn")));
        assertThrows(IllegalArgumentException.class, () -> SortFields.of("x", "missing", true, "a"));
    }

    @Test
    void aCountStopsAtTheCap() {
        assertEquals(new RowCount(42, false), RowCount.exactly(42));
        assertEquals(new RowCount(RowCount.CAP, false), RowCount.exactly(RowCount.CAP));
        assertEquals(new RowCount(RowCount.CAP, true), RowCount.exactly(RowCount.CAP + 1));
    }
}
