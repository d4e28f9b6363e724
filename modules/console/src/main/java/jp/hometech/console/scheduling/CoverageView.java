package jp.hometech.console.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.scheduling.api.CoverageService;

import java.io.Serializable;

/** SCHEDULER, ADMIN: how many contractors pre-entered each hour of the coming weeks (a heat map). */
@Named("schedulingCoverageView")
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WEEKS = 4;

    @EJB
    CoverageService coverage;

    @Inject
    BusinessClock clock;

    private jp.hometech.scheduling.api.CoverageView view;
    private int offsetWeeks;

    @PostConstruct
    void load() {
        view = coverage.coverage(clock.today().plusWeeks(offsetWeeks), WEEKS);
    }

    public void later() {
        offsetWeeks += WEEKS;
        load();
    }

    public void earlier() {
        offsetWeeks -= WEEKS;
        load();
    }

    /** One of five shades, by the share of the period's busiest hour (0 = nobody). */
    public String level(int count) {
        int max = view.getMaximum();
        if (count == 0 || max == 0) {
            return "bo-heat-0";
        }
        return "bo-heat-" + Math.max(1, (int) Math.ceil(count * 4.0 / max));
    }

    public jp.hometech.scheduling.api.CoverageView getView() { return view; }
}
