package jp.hometech.scheduling.api;

/** How a work-record file arrived. */
public enum ImportSource {
    /** Uploaded by staff in the console. */
    UPLOAD,
    /** Posted by the telephony system to {@code /api/scheduling/work-records}. */
    API
}
