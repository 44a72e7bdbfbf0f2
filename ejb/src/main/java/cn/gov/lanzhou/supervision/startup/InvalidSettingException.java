package cn.gov.lanzhou.supervision.startup;

/** A configuration value the portal cannot work with; the message names the key. */
public class InvalidSettingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String chinese;

    public InvalidSettingException(String key, String value, String expected) {
        super("配置项 " + key + " 的值 \"" + value + "\" 无效，应为 " + expected
                + " / configuration key " + key + " has an invalid value, expected " + expected);
        this.key = key;
        this.chinese = "配置项 " + key + " 的值“" + value + "”无效，应为 " + expected.split(" / ")[0];
    }

    /** The configuration key. */
    public String key() {
        return key;
    }

    /** The message in Chinese only, for the consoles. */
    public String chinese() {
        return chinese;
    }
}
