package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.password.PasswordPolicy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * 修改密码 — a staff member changes their password: the current one, the new one twice. Reached by
 * choice from the workbench, or forced after login for an initial or expired password.
 */
@Named
@RequestScoped
public class PasswordChangeForm {

    @Inject
    private FacesContext faces;

    @EJB
    private AccountStore accounts;

    private String current;
    private String proposed;
    private String repeat;

    public void change() throws IOException {
        try {
            if (!proposed.equals(repeat)) {
                error("两次输入的新密码不一致");
                return;
            }
            PasswordChangeResult result = accounts.changePassword(StaffSession.username(faces), current.toCharArray(),
                    proposed.toCharArray(), StaffSession.sourceIp(faces));
            if (!result.changed()) {
                result.problems().forEach(this::error);
                return;
            }
        } finally {
            current = null;
            proposed = null;
            repeat = null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "密码已修改", null));
        StaffSession.completeAndContinue(faces, LoginSteps.Step.CHANGE_PASSWORD);
    }

    /** Why the change is asked for, or {@code null} when the person came by choice. */
    public String getReason() {
        return StaffSession.steps(faces).filter(s -> s.isPending(LoginSteps.Step.CHANGE_PASSWORD))
                .map(s -> switch (s.passwordChange()) {
                    case INITIAL -> "您正在使用初始密码，请先设置自己的密码，然后才能使用其他功能。";
                    case EXPIRED -> "您的密码已超过" + accounts.passwordPolicy().maxAge().toDays()
                            + "天未修改，请修改后继续使用。";
                    case NONE -> null;
                }).orElse(null);
    }

    /** The policy in words, shown beside the form. */
    public String getRules() {
        PasswordPolicy p = accounts.passwordPolicy();
        StringBuilder rules = new StringBuilder("新密码至少").append(p.minLength()).append("位");
        if (p.minCharacterClasses() > 1) {
            rules.append("，须包含大写字母、小写字母、数字、特殊符号中的至少").append(p.minCharacterClasses()).append("类");
        }
        rules.append("，不能包含用户名");
        if (p.historySize() > 0) {
            rules.append("，不能与最近").append(p.historySize()).append("次使用过的密码相同");
        }
        rules.append("。");
        if (p.expires()) {
            rules.append("密码有效期为").append(p.maxAge().toDays()).append("天。");
        }
        return rules.toString();
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getProposed() {
        return proposed;
    }

    public void setProposed(String proposed) {
        this.proposed = proposed;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
