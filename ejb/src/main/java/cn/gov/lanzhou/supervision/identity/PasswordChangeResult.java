package cn.gov.lanzhou.supervision.identity;

import java.util.List;

/**
 * The answer to a password change: done, or the reasons it was refused, in Chinese, one per broken
 * rule, for the person at the form.
 */
public record PasswordChangeResult(boolean changed, List<String> problems) {

    public PasswordChangeResult {
        problems = List.copyOf(problems);
    }

    static PasswordChangeResult done() {
        return new PasswordChangeResult(true, List.of());
    }

    static PasswordChangeResult refused(List<String> problems) {
        return new PasswordChangeResult(false, problems);
    }

    static PasswordChangeResult refused(String problem) {
        return new PasswordChangeResult(false, List.of(problem));
    }
}
