package jp.hometech.platform.api.settings;

import java.util.List;

/**
 * A module's operational settings, declared once. Each module has one CDI bean implementing this; the platform
 * reads and validates every setting of every module when the application deploys (a bad value fails the
 * deployment), and a test checks that each one is in the README's configuration table and the compose files.
 */
public interface ModuleSettings {

    /** The module's name, e.g. "recruitment". */
    String module();

    List<Setting<?>> settings();
}
