package cn.gov.lanzhou.supervision.publishing.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * When articles went and go online, as far as the public pages care.
 *
 * @param latest the newest publication time that has come
 * @param next   the next scheduled publication
 */
public record PublicationTimes(Optional<Instant> latest, Optional<Instant> next) {

    /** Nothing known. */
    public static final PublicationTimes NONE = new PublicationTimes(Optional.empty(), Optional.empty());
}
