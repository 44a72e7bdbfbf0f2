package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 审计管理员: 审计日志 ({@code /admin/audit/events.xhtml}) — search by user, time range, event type
 * and outcome, newest first; export what was found as CSV ({@link AuditExportServlet}); verify the
 * HMAC-SM3 chain. Searching is not audited (it changes nothing); export and verification are, by
 * {@link AuditQuery}.
 */
@Named
@ViewScoped
public class AuditConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @EJB
    private AuditQuery audit;

    /** The form's fields. */
    private String username;
    private LocalDate from;
    private LocalDate to;
    private String eventType;
    private String outcome;

    /** What the shown list was searched with (the form may have changed since). */
    private Filter applied = Filter.NONE;
    private int pageNumber = 1;
    private transient Page<AuditEvent> events;
    private transient List<String> eventTypes;

    private String verification;
    private boolean chainIntact;

    /** Search criteria as the page and the export link carry them; {@code to} is inclusive. */
    record Filter(String username, LocalDate from, LocalDate to, String eventType, AuditOutcome outcome)
            implements Serializable {

        static final Filter NONE = new Filter(null, null, null, null, null);

        AuditQuery.Criteria criteria() {
            return new AuditQuery.Criteria(username, from == null ? null : from.atStartOfDay(),
                    to == null ? null : to.plusDays(1).atStartOfDay(), eventType, outcome);
        }

        /** The export servlet's query parameters for these criteria. */
        Map<String, String> parameters() {
            Map<String, String> p = new LinkedHashMap<>();
            Optional.ofNullable(username).ifPresent(v -> p.put("user", v));
            Optional.ofNullable(from).ifPresent(v -> p.put("from", v.toString()));
            Optional.ofNullable(to).ifPresent(v -> p.put("to", v.toString()));
            Optional.ofNullable(eventType).ifPresent(v -> p.put("type", v));
            Optional.ofNullable(outcome).ifPresent(v -> p.put("outcome", v.name()));
            return p;
        }
    }

    public Page<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.search(applied.criteria(), pageNumber, PAGE_SIZE);
        }
        return events;
    }

    public void search() {
        applied = new Filter(blankToNull(username), from, to, blankToNull(eventType), outcomeNamed(outcome).orElse(null));
        pageNumber = 1;
        events = null;
    }

    public void previousPage() {
        pageNumber = Math.max(1, pageNumber - 1);
        events = null;
    }

    public void nextPage() {
        pageNumber = Math.min(getEvents().pageCount(), pageNumber + 1);
        events = null;
    }

    /** 校验审计链: recomputes the whole chain (and records that it did). */
    public void verify() {
        AuditTrail.Verification v = audit.verify(request().getRemoteAddr());
        chainIntact = v.intact();
        verification = v.message();
        events = null;
    }

    /** The CSV export of what the list shows, every page of it. */
    public String getExportUrl() {
        String query = applied.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.getRequestContextPath() + AuditExportServlet.PATH + (query.isEmpty() ? "" : "?" + query);
    }

    public List<String> getEventTypes() {
        if (eventTypes == null) {
            eventTypes = audit.eventTypes();
        }
        return eventTypes;
    }

    public List<AuditOutcome> getOutcomes() {
        return List.of(AuditOutcome.values());
    }

    static Optional<AuditOutcome> outcomeNamed(String name) {
        return Arrays.stream(AuditOutcome.values()).filter(o -> o.name().equals(name)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getVerification() {
        return verification;
    }

    public boolean isChainIntact() {
        return chainIntact;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
