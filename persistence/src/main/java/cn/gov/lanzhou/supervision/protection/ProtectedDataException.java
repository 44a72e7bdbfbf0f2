package cn.gov.lanzhou.supervision.protection;

import java.util.Objects;
import java.util.Optional;

/**
 * 数据完整性校验失败 — a protected field could not be decrypted: the stored value was altered,
 * copied from another column, truncated, or names a field key that the key ring no longer holds.
 *
 * <p>Decided behaviour: the read fails, loudly. A converter cannot skip a row, and showing a
 * placeholder would let the next save overwrite the evidence with the placeholder; showing the
 * raw value would show garbage. So the request ends on the error page (500 with the correlation
 * id) and the transaction rolls back. The exception carries the column ({@link #context()}, e.g.
 * {@code Person.idNumber}) and never the value; the converter logs the same.
 *
 * <p>EclipseLink wraps whatever a converter throws in a {@code jakarta.persistence.PersistenceException}
 * (and an EJB call wraps that in an {@code EJBException}), so callers that want to tell this case
 * apart — a JSF exception handler, a JAX-RS {@code ExceptionMapper} — look for it with {@link #in(Throwable)}.
 */
public class ProtectedDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message for people: the data of this record cannot be trusted. */
    public static final String MESSAGE = "数据完整性校验失败，记录可能被篡改";

    private final String context;

    ProtectedDataException(String context, String detail, Throwable cause) {
        super(MESSAGE + " (" + Objects.requireNonNull(context) + (detail == null ? "" : ", " + detail) + ")", cause);
        this.context = context;
    }

    /** @return the entity and column the value was read from, e.g. {@code Person.idNumber} */
    public String context() {
        return context;
    }

    /** @return the {@code ProtectedDataException} in the cause chain of {@code thrown}, if there is one */
    public static Optional<ProtectedDataException> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProtectedDataException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
