package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links for the pager include ({@code WEB-INF/includes/pager.xhtml}): the current page's URL
 * with every other GET parameter kept (column, search term, filters) and only {@code page}
 * changed, so paging never loses a filter.
 */
@Named
@RequestScoped
public class PagerLinks {

    /** The request parameter that carries the page number on every paged public list. */
    public static final String PARAMETER = "page";

    private static final int WINDOW = 2;

    /** The URL of page {@code number} of the current list. */
    public String url(int number) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> p : ec.getRequestParameterValuesMap().entrySet()) {
            String name = p.getKey();
            if (PARAMETER.equals(name) || name.startsWith("jakarta.faces.")) {
                continue;
            }
            for (String value : p.getValue()) {
                if (value != null && !value.isBlank()) {
                    append(query, name, value);
                }
            }
        }
        if (number > 1) {
            append(query, PARAMETER, Integer.toString(number));
        }
        String path = ec.getRequestContextPath() + ec.getRequestServletPath();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The page numbers to offer: the first, the last, and two either side of the current one;
     * {@code 0} stands for a gap ("…").
     */
    public List<Integer> numbers(Page<?> page) {
        int current = page.pageNumber();
        int last = page.pageCount();
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            boolean near = Math.abs(n - current) <= WINDOW;
            if (n == 1 || n == last || near) {
                out.add(n);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
