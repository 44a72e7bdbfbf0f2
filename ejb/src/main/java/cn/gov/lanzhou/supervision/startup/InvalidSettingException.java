package cn.gov.lanzhou.supervision.startup;

/** A configuration value the portal cannot work with; the message names the key. */
public class InvalidSettingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String key, String value, String expected) {
        super("配置项 " + key + " 的值 \"" + value + "\" 无效，应为 " + expected
                + " / configuration key " + key + " has an invalid value, expected " + expected);
    }
}
