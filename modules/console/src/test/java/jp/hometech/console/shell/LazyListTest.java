package jp.hometech.console.shell;

import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.RowCount;
import jp.hometech.platform.api.SortFields;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's one lazy model, driven the way PrimeFaces' DataTable drives it: count, then load, per render. */
class LazyListTest {

    private static final SortFields SORT = SortFields.of("test list", "appliedOn", false, "appliedOn", "nameKana");
    private static final Map<String, FilterMeta> NO_FILTER = Map.of();

    private final List<String> counted = new ArrayList<>();
    private final List<PageRequest> paged = new ArrayList<>();
    private String filter = "all";
    private long matching = 95;

    private final LazyList<String, Long> list = new LazyList<>(SORT, 20, () -> filter,
            f -> { counted.add(f); return RowCount.exactly(matching); },
            (f, page) -> { paged.add(page); return LongStream.range(page.offset(), Math.min(page.offset() + page.limit(), matching)).boxed().toList(); },
            row -> row);

    @Test
    void aPageTurnRunsThePageQueryAndNoCount() {
        render(0, Map.of());
        render(20, Map.of());
        render(40, Map.of());

        assertEquals(List.of("all"), counted);
        assertEquals(List.of(0, 20, 40), paged.stream().map(PageRequest::offset).toList());
    }

    @Test
    void aChangedFilterIsCountedOnceAndRecountCountsAgain() {
        render(0, Map.of());
        filter = "status=INVITED";
        matching = 7;
        render(0, Map.of());
        render(0, Map.of());
        list.recount();
        render(0, Map.of());

        assertEquals(List.of("all", "status=INVITED", "status=INVITED"), counted);
        assertEquals(7, list.getRowCount());
    }

    @Test
    void noSortUsesTheListsDefaultAndAKnownSortIsPassedOn() {
        render(0, Map.of());
        render(0, Map.of("nameKana", SortMeta.builder().field("nameKana").order(SortOrder.ASCENDING).build()));

        assertEquals(new PageRequest(0, 20, "appliedOn", false), paged.get(0));
        assertEquals(new PageRequest(0, 20, "nameKana", true), paged.get(1));
        assertEquals(new PageRequest(0, 20, "nameKana", true), list.getLastRequest());
    }

    @Test
    void anUnknownSortFieldIsRefusedAndTheDefaultSortUsed() {
        render(20, Map.of("password", SortMeta.builder().field("password").order(SortOrder.ASCENDING).build()));

        assertEquals(new PageRequest(20, 20, "appliedOn", false), paged.get(0));
    }

    @Test
    void aCountAboveTheCapSaysMoreThanTenThousand() {
        matching = 1_000_000;
        render(0, Map.of());

        assertTrue(list.isCapped());
        assertEquals(RowCount.CAP, list.getRowCount());
        assertEquals("list.pageReportCapped", list.pageReportKey());
        assertTrue(Messages.text(java.util.Locale.JAPANESE, list.pageReportKey()).contains("10,000 件以上"));
        assertTrue(Messages.text(java.util.Locale.ENGLISH, list.pageReportKey()).contains("more than 10,000"));

        filter = "narrow";
        matching = 12;
        render(0, Map.of());
        assertFalse(list.isCapped());
        assertEquals("list.pageReport", list.pageReportKey());
    }

    /** What DataTable.loadLazyData does on every render: the count, then the page. */
    private void render(int first, Map<String, SortMeta> sortBy) {
        list.setRowCount(list.count(NO_FILTER));
        list.setWrappedData(list.load(first, 20, sortBy, NO_FILTER));
    }
}
