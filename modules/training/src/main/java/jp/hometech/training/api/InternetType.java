package jp.hometech.training.api;

/** E6: how the internet reaches the trainee's home. Fibre is recommended; wireless delivery is not allowed. */
public enum InternetType {
    FIBRE, CABLE, DSL, WIRELESS_ROUTER, MOBILE;

    public boolean isWireless() {
        return this == WIRELESS_ROUTER || this == MOBILE;
    }

    /** Its name in the module's bundle (pages, PDFs and mails show it in the reader's language). */
    public String getMessageKey() {
        return "training.internetType." + name();
    }
}
