package jp.hometech.console.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.recruitment.api.ContractQuery;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractStatus;
import jp.hometech.recruitment.api.ContractView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** RECRUITER, ADMIN: the business contracts, paged, sorted and filtered in SQL by the module. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContractService contracts;

    private final ContractRows rows = new ContractRows();
    private ContractStatus status;
    private String text;

    @PostConstruct
    void init() {
        rows.setPageSize(20);
    }

    public ContractStatus[] getStatuses() { return ContractStatus.values(); }
    public LazyDataModel<ContractView> getRows() { return rows; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    private final class ContractRows extends LazyDataModel<ContractView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contracts.search(new ContractQuery(status, text), new PageRequest(0, 1, "startDate", false))
                    .totalCount();
        }

        @Override
        public List<ContractView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            // Newest start first unless the user sorts; the module's search does not take a null sort field.
            return contracts.search(new ContractQuery(status, text), new PageRequest(first, pageSize,
                    sort == null ? "startDate" : sort.getField(),
                    sort != null && sort.getOrder() != SortOrder.DESCENDING)).rows();
        }

        @Override
        public String getRowKey(ContractView contract) {
            return String.valueOf(contract.getId());
        }
    }
}
