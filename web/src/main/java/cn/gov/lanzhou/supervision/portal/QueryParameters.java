package cn.gov.lanzhou.supervision.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reading the GET parameters of the public pages leniently: a mistyped or tampered parameter
 * gives an empty answer that the page turns into a friendly message or a 404, never a 500.
 */
public final class QueryParameters {

    /** Far beyond any real list; larger numbers would overflow the row offset. */
    public static final int MAX_PAGE = 10_000;

    private QueryParameters() {
    }

    /** The trimmed value, or empty when absent or blank; longer values are cut to {@code maxLength}. */
    public static Optional<String> text(String name, int maxLength) {
        String raw = external().getRequestParameterMap().get(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String v = raw.strip();
        return Optional.of(v.length() > maxLength ? v.substring(0, maxLength) : v);
    }

    /** True when the parameter was sent with a non-blank value. */
    public static boolean present(String name) {
        return text(name, 1).isPresent();
    }

    /**
     * The page number: 1 when absent, empty when it is not a number between 1 and
     * {@link #MAX_PAGE} (the page then shows a notice and the first page).
     */
    public static Optional<Integer> pageNumber() {
        Optional<String> raw = text(PagerLinks.PARAMETER, 12);
        if (raw.isEmpty()) {
            return Optional.of(1);
        }
        try {
            int n = Integer.parseInt(raw.get());
            return n >= 1 && n <= MAX_PAGE ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A positive whole number, or empty. */
    public static Optional<Long> id(String name) {
        Optional<String> raw = text(name, 19);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(raw.get());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Answers 404 (the container shows {@code WEB-INF/errors/404.xhtml}) and stops the page. */
    public static void notFound(String reason) {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
