package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Just enough of the Servlet API to run the web-layer filters outside a container. */
final class ServletFakes {

    private ServletFakes() {
    }

    /** A request to {@code scheme://host:port/uri} with the given headers (name → value). */
    static HttpServletRequest request(String method, String url, Map<String, String> headers, DispatcherType type) {
        java.net.URI u = java.net.URI.create(url);
        int port = u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getScheme" -> u.getScheme();
                    case "getServerName" -> u.getHost();
                    case "getServerPort" -> port;
                    case "getRequestURI" -> u.getRawPath();
                    case "getContextPath" -> "";
                    case "isSecure" -> "https".equals(u.getScheme());
                    case "getDispatcherType" -> type;
                    case "getHeader" -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> method + " " + url;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** A response that records status, headers (in order, several values per name) and body. */
    static final class Response {
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        final AtomicInteger status = new AtomicInteger(200);
        final StringWriter body = new StringWriter();
        final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                        yield null;
                    }
                    case "getHeader" -> headers.getOrDefault((String) args[0], List.of()).stream().findFirst().orElse(null);
                    case "reset" -> {
                        headers.clear();
                        yield null;
                    }
                    case "isCommitted" -> false;
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    case "setContentType", "setCharacterEncoding", "resetBuffer" -> null;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(m.getName());
                });

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(", ", values);
        }
    }

    /** A chain that remembers whether it was called and runs the given step. */
    static final class Chain implements FilterChain {
        boolean called;
        private final java.util.function.Consumer<HttpServletResponse> step;

        Chain(java.util.function.Consumer<HttpServletResponse> step) {
            this.step = step;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            called = true;
            step.accept((HttpServletResponse) response);
        }
    }

    /** A servlet context that only remembers the session timeout it was given. */
    static ServletContext context(AtomicInteger sessionTimeout) {
        return (ServletContext) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (p, m, args) -> switch (m.getName()) {
                    case "setSessionTimeout" -> {
                        sessionTimeout.set((Integer) args[0]);
                        yield null;
                    }
                    case "getSessionTimeout" -> sessionTimeout.get();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
