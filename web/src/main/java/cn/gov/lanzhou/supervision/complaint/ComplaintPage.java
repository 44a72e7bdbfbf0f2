package cn.gov.lanzhou.supervision.complaint;

import cn.gov.lanzhou.supervision.shared.Labelled;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 投诉举报: how to report, tracking a ticket with its 受理编号 and 查询码, and the public
 * figures. The tracking form is a POST in a stateless view so the query code never appears in
 * a URL, a browser history or an access log, and no session is made for it.
 */
@Named
@RequestScoped
public class ComplaintPage {

    /**
     * One step of the public timeline.
     *
     * @param done   reached already
     * @param at     when, if the record keeps that moment
     * @param detail what the public may know about it (a department, never a person)
     */
    public record Step(String label, boolean done, LocalDateTime at, String detail) {
    }

    /** A label with its count. */
    public record Count(String label, long count) {
    }

    @EJB
    private ComplaintTracker tracker;

    private String ticket;
    private String code;
    private boolean searched;
    private Complaint found;
    private List<Count> byCategory;
    private List<Count> byStatus;
    private Double satisfaction;

    /** Looks the ticket up; stays on the page and shows either the timeline or "not found". */
    public String track() {
        // The answer may hold the public reply: keep it out of shared caches and the back-forward cache.
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        searched = true;
        found = tracker.track(ticket, code).orElse(null);
        return null;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket == null ? null : ticket.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isNotFound() {
        return searched && found == null;
    }

    public Complaint getFound() {
        return found;
    }

    /** 受理 → 分派 → 处理 → 答复 → 办结, as far as the ticket got; staff names are never shown. */
    public List<Step> getTimeline() {
        if (found == null) {
            return List.of();
        }
        ComplaintStatus status = found.getStatus();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("已受理", true, found.getSubmittedAt(), "受理编号 " + found.getTicketNo()));
        if (status == ComplaintStatus.DECLINED) {
            steps.add(new Step("不予受理", true, found.getClosedAt(), "理由和其他反映渠道见下方答复"));
            return steps;
        }
        steps.add(new Step("已分派", reached(status, ComplaintStatus.ASSIGNED), null,
                found.getHandlingUnit() == null ? null : "承办部门：" + found.getHandlingUnit()));
        steps.add(new Step("处理中", reached(status, ComplaintStatus.IN_PROGRESS), null, null));
        steps.add(new Step("已答复", reached(status, ComplaintStatus.REPLIED), found.getRepliedAt(), null));
        steps.add(new Step("已办结", reached(status, ComplaintStatus.CLOSED), found.getClosedAt(), null));
        return steps;
    }

    private static boolean reached(ComplaintStatus current, ComplaintStatus step) {
        return current.ordinal() >= step.ordinal();
    }

    public List<Count> getByCategory() {
        if (byCategory == null) {
            byCategory = counts(tracker.countByCategory());
        }
        return byCategory;
    }

    public List<Count> getByStatus() {
        if (byStatus == null) {
            byStatus = counts(tracker.countByStatus());
        }
        return byStatus;
    }

    public long getTotal() {
        return getByStatus().stream().mapToLong(Count::count).sum();
    }

    /** Average rating 1–5 of rated tickets; empty when nobody has rated yet. */
    public Optional<Double> getSatisfaction() {
        if (satisfaction == null) {
            satisfaction = tracker.averageSatisfaction();
        }
        return satisfaction > 0 ? Optional.of(satisfaction) : Optional.empty();
    }

    public String getSatisfactionText() {
        return getSatisfaction().map(s -> String.format(java.util.Locale.ROOT, "%.1f", s)).orElse("暂无评价");
    }

    private static <E extends Enum<E> & Labelled> List<Count> counts(Map<E, Long> map) {
        return map.entrySet().stream().map(e -> new Count(e.getKey().label(), e.getValue())).toList();
    }
}
