package cn.gov.lanzhou.supervision.registry;

import cn.gov.lanzhou.supervision.portal.QueryParameters;
import cn.gov.lanzhou.supervision.registry.quality.SubjectKind;
import cn.gov.lanzhou.supervision.registry.rules.District;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the staff registry pages share: links to records, the district choice, the caller's address, messages. */
final class RegistryWeb {

    /** The folder of the registry pages; {@code web.xml} opens it to supervisors and station leaders only. */
    static final String FOLDER = "/staff/registry/";

    private RegistryWeb() {
    }

    /** The detail page of a record, relative to the context. */
    static String detailUrl(SubjectKind kind, long id) {
        String page = switch (kind) {
            case ENTERPRISE -> "enterprise.xhtml";
            case PERSON -> "person.xhtml";
            case PROJECT -> "project.xhtml";
        };
        return context() + FOLDER + page + "?id=" + id;
    }

    static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    static String sourceIp() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** A Lanzhou district code from the {@code district} parameter, or empty (and {@code invalid} noted by the caller). */
    static Optional<String> district(String parameter) {
        return QueryParameters.text(parameter, 6).flatMap(District::byCode).map(District::code);
    }

    static List<District> districts() {
        return Arrays.asList(District.values());
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
