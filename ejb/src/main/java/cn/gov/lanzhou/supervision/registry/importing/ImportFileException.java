package cn.gov.lanzhou.supervision.registry.importing;

import jakarta.ejb.ApplicationException;

/**
 * The file as a whole cannot be imported (wrong format, encoding, missing columns, too large); the message
 * says why, in Chinese. An application exception, so that it reaches the page as it is.
 */
@ApplicationException(rollback = true)
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
