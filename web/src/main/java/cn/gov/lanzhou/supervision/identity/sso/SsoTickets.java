package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Server-side one-time tickets between the verified ID token and the identity store (valid 30 s, used once). */
@ApplicationScoped
public class SsoTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Ticket(String username, Set<String> roles, Instant expires) {
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    public String issue(String username, Set<String> roles) {
        Instant now = Instant.now();
        tickets.values().removeIf(t -> t.expires().isBefore(now));
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        tickets.put(id, new Ticket(username, Set.copyOf(roles), now.plusSeconds(30)));
        return id;
    }

    /** The ticket's caller, removing the ticket: a ticket is good for one login. */
    Optional<Ticket> redeem(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Ticket t = tickets.remove(id);
        return t == null || t.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(t);
    }
}
