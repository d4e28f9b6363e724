package jp.hometech.platform.api.job;

/** The run's lease ran out and another run of the job took it: this run must stop. */
public class JobLeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobLeaseLostException(String jobName) {
        super("The lease of job " + jobName + " was taken over by another run");
    }
}
