package jp.hometech.console.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.job.JobRunView;
import jp.hometech.platform.api.job.JobRunner;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** ADMIN: the runs of the scheduled and long-running jobs, newest first, optionally of one job. */
@Named
@ViewScoped
public class JobRunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    JobRunner jobs;

    private final Runs rows = new Runs();
    private String jobName;

    @PostConstruct
    void init() {
        rows.setPageSize(50);
    }

    public LazyDataModel<JobRunView> getRows() { return rows; }
    public String getJobName() { return jobName; }
    public void setJobName(String jobName) { this.jobName = jobName; }

    private final class Runs extends LazyDataModel<JobRunView> {

        private static final long serialVersionUID = 1L;

        /** A count query only; the page query runs in load(). */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, jobs.countRuns(jobName));
        }

        @Override
        public List<JobRunView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return jobs.runs(jobName, new PageRequest(first, pageSize, null, false));
        }

        @Override
        public String getRowKey(JobRunView run) {
            return String.valueOf(run.getId());
        }
    }
}
