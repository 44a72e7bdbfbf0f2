package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.RuleViolation;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the identifier rules quote the wrong part of the value ("第7–14位出生日期 19901332 不是
 * 有效日期"). Shown to someone who sees the value masked, they would give away what masking hides. This
 * writes them without those characters: the wrong part becomes {@code *}s of the same length and an
 * expected check character ("应为 7") becomes "应为 *", so the message still says which part is wrong.
 */
public final class SensitiveMessages {

    /** Credit-code checks whose wrong part may lie in the masked last six characters. */
    private static final Set<String> CREDIT_CODE_HIDDEN = Set.of(UnifiedSocialCreditCodes.RULE_ALPHABET,
            UnifiedSocialCreditCodes.RULE_ORGANIZATION_CHECK, UnifiedSocialCreditCodes.RULE_CHECK);

    private static final Pattern EXPECTED = Pattern.compile("应为 ([0-9A-Z])$");

    private SensitiveMessages() {
    }

    /** The message of a credit-code or ID-number violation as a masked view may show it. */
    public static String masked(RuleViolation v) {
        boolean hide = switch (v.field()) {
            case UnifiedSocialCreditCodes.FIELD -> CREDIT_CODE_HIDDEN.contains(v.rule());
            case ResidentIdNumbers.FIELD -> !v.rule().equals(ResidentIdNumbers.RULE_MISSING)
                    && !v.rule().equals(ResidentIdNumbers.RULE_LENGTH);
            default -> false;
        };
        if (!hide) {
            return v.message();
        }
        String message = v.message();
        String part = v.wrongPart();
        if (!part.isEmpty()) {
            // The alphabet rule lists several characters joined by 、: hide the characters, keep the separators.
            String stars = part.replaceAll("[^、]", "*");
            message = message.replace(" " + part + " ", " " + stars + " ");
            if (message.endsWith(" " + part)) {
                message = message.substring(0, message.length() - part.length()) + stars;
            }
        }
        Matcher m = EXPECTED.matcher(message);
        return m.find() ? m.replaceFirst("应为 *") : message;
    }
}
