package jp.hometech.platform.internal.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.hometech.platform.api.settings.InvalidSettingException;
import jp.hometech.platform.api.settings.ModuleSettings;
import jp.hometech.platform.api.settings.Setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Reads every setting every module declares when the application deploys. A bad value throws here, which fails
 * the deployment with the variable, the value and what is allowed, instead of failing the first user who needs it.
 */
@Startup
@Singleton(name = "SettingsAtDeployment")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettingsAtDeployment {

    private static final Logger LOG = Logger.getLogger(SettingsAtDeployment.class.getName());

    @Inject
    @Any
    Instance<ModuleSettings> modules;

    private final Map<String, String> read = new TreeMap<>();

    @PostConstruct
    void readEverySetting() {
        List<String> refused = new ArrayList<>();
        for (ModuleSettings module : modules) {
            for (Setting<?> setting : module.settings()) {
                try {
                    Object value = setting.value();
                    read.put(setting.environmentVariable(), module.module());
                    LOG.fine(() -> setting.environmentVariable() + " = " + (setting.environmentVariable().contains("PASSWORD")
                            ? "(hidden)" : value));
                } catch (InvalidSettingException e) {
                    refused.add(e.getMessage());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidSettingException("The application cannot start: " + String.join("; ", refused), null);
        }
        LOG.info(() -> "Settings read and valid: " + read.keySet());
    }

    /** Every setting read at deployment (variable → module), so a test can see that each module's were found. */
    public Map<String, String> settingsRead() {
        return Map.copyOf(read);
    }
}
