package cn.gov.lanzhou.supervision.publishing.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Just enough of the Servlet API to run the page cache filter outside a container. */
final class HttpFakes {

    private HttpFakes() {
    }

    /** A GET or HEAD request as a browser would send it. */
    static final class Request {
        final String method;
        final String path;
        final Map<String, String[]> parameters = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Cookie> cookies = new ArrayList<>();
        Principal principal;
        boolean sessionCreated;

        Request(String method, String pathAndQuery) {
            this.method = method;
            int q = pathAndQuery.indexOf('?');
            this.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
            if (q >= 0) {
                for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                    String[] kv = pair.split("=", 2);
                    String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                    String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                    String[] old = parameters.get(name);
                    if (old == null) {
                        parameters.put(name, new String[] {value});
                    } else {
                        String[] more = java.util.Arrays.copyOf(old, old.length + 1);
                        more[old.length] = value;
                        parameters.put(name, more);
                    }
                }
            }
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        HttpServletRequest proxy() {
            return (HttpServletRequest) Proxy.newProxyInstance(HttpFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> path;
                        case "getContextPath" -> "";
                        case "getParameterMap" -> parameters;
                        case "getParameter" -> {
                            String[] v = parameters.get((String) args[0]);
                            yield v == null ? null : v[0];
                        }
                        case "getHeader" -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                .map(Map.Entry::getValue).findFirst().orElse(null);
                        case "getDateHeader" -> {
                            String v = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                    .map(Map.Entry::getValue).findFirst().orElse(null);
                            yield v == null ? -1L : ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                        }
                        case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                        case "getUserPrincipal" -> principal;
                        case "getSession" -> sessionCreated ? session() : null;
                        case "getAttribute" -> null;
                        case "setAttribute" -> null;
                        case "isAsyncSupported" -> false;
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        case "toString" -> method + " " + path;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }

        private static HttpSession session() {
            return (HttpSession) Proxy.newProxyInstance(HttpFakes.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                    (p, m, args) -> null);
        }
    }

    /** A response recording status, headers, body bytes and errors. */
    static final class Response {
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        int status = 200;
        String contentType;
        String characterEncoding = "ISO-8859-1";
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        Integer error;
        final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(HttpFakes.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                    case "setHeader" -> {
                        headers.put(((String) args[0]).toLowerCase(), new ArrayList<>(List.of((String) args[1])));
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.computeIfAbsent(((String) args[0]).toLowerCase(), k -> new ArrayList<>()).add((String) args[1]);
                        yield null;
                    }
                    case "setDateHeader" -> {
                        headers.put(((String) args[0]).toLowerCase(), new ArrayList<>(List.of(DateTimeFormatter.RFC_1123_DATE_TIME
                                .format(java.time.Instant.ofEpochMilli((Long) args[1]).atZone(java.time.ZoneOffset.UTC)))));
                        yield null;
                    }
                    case "getHeader" -> headers.getOrDefault(((String) args[0]).toLowerCase(), List.of()).stream().findFirst().orElse(null);
                    case "containsHeader" -> headers.containsKey(((String) args[0]).toLowerCase());
                    case "addCookie" -> {
                        headers.computeIfAbsent("set-cookie", k -> new ArrayList<>()).add(((Cookie) args[0]).getName());
                        yield null;
                    }
                    case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "getStatus" -> status;
                    case "sendError" -> {
                        status = (Integer) args[0];
                        error = status;
                        yield null;
                    }
                    case "setContentType" -> {
                        contentType = (String) args[0];
                        if (contentType != null && contentType.contains("charset=")) {
                            characterEncoding = contentType.substring(contentType.indexOf("charset=") + 8);
                        }
                        yield null;
                    }
                    case "getContentType" -> contentType;
                    case "getCharacterEncoding" -> characterEncoding;
                    case "setCharacterEncoding" -> {
                        characterEncoding = (String) args[0];
                        yield null;
                    }
                    case "setContentLength" -> {
                        headers.put("content-length", new ArrayList<>(List.of(String.valueOf(args[0]))));
                        yield null;
                    }
                    case "getOutputStream" -> stream;
                    case "getWriter" -> new PrintWriter(new OutputStreamWriter(stream, characterEncoding), true);
                    case "isCommitted" -> false;
                    case "reset", "resetBuffer", "flushBuffer" -> null;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(m.getName());
                });

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : String.join(", ", values);
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    /** A page renderer standing in for JSF: counts renderings and writes what it is told. */
    static final class Renderer implements FilterChain {
        int renderings;
        private final BiConsumer<HttpServletRequest, HttpServletResponse> page;

        Renderer(BiConsumer<HttpServletRequest, HttpServletResponse> page) {
            this.page = page;
        }

        /** A 200 HTML page with this text. */
        static Renderer html(String html) {
            return new Renderer((req, res) -> {
                res.setContentType("text/html;charset=UTF-8");
                try {
                    PrintWriter w = res.getWriter();
                    w.write(html);
                    w.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            renderings++;
            page.accept((HttpServletRequest) request, (HttpServletResponse) response);
        }
    }
}
