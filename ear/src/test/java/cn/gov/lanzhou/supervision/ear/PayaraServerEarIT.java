package cn.gov.lanzhou.supervision.ear;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deploys {@code target/portal.ear} on a real Payara Server (full profile), the way the Kylin
 * servers run it, and checks that it serves: health, home page, one API call.
 *
 * <p>The server is the {@code fish.payara.distributions:payara} zip that maven-dependency-plugin
 * unpacks into {@code target/payara6} in pre-integration-test. On every run this test copies the
 * pristine {@code domain1} into a fresh domain {@value #DOMAIN}, moves every port to a free port
 * base (offsets as {@code asadmin create-domain --portbase} uses them) and binds everything to
 * 127.0.0.1 before the first start: HTTP/HTTPS/admin listeners, IIOP, the JMX connector,
 * Hazelcast (DAS bind/public address and interface, {@code -Dhazelcast.socket.bind.any=false}),
 * the embedded JMS broker, and H2's auto-server ({@code -Dh2.bindAddress}). The server is driven
 * by {@code asadmin} (start-domain, deploy, undeploy, stop-domain); it is always stopped, as a
 * last resort by killing the PID from the domain's pid file (only the server this test started).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraServerEarIT {

    private static final String DOMAIN = "portal-it";
    private static final String APP_NAME = "portal";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String STATION = "兰州市建设工程安全质量监督站";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration UNDEPLOY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final int SERVER_LOG_TAIL_LINES = 200;

    /* Port offsets from the base, the same as asadmin create-domain --portbase. */
    private static final int ADMIN = 48;
    private static final int HTTP = 80;
    private static final int HTTPS = 81;
    private static final int IIOP = 37;
    private static final int IIOP_SSL = 38;
    private static final int IIOP_MUTUALAUTH = 39;
    private static final int JMS = 76;
    private static final int JMX = 86;
    private static final int OSGI_SHELL = 66;
    /* Not part of --portbase; Hazelcast may auto-increment upwards from its start port. */
    private static final int HAZELCAST_DAS = 90;
    private static final int HAZELCAST_START = 91;

    private static Path payaraHome;
    private static Path domainDir;
    private static Path earFile;
    private static Path dataDir;
    private static Path asadminLogDir;
    private static int asadminCalls;

    private static int portBase;
    private static long serverPid = -1;
    private static Thread killServerOnExit;
    private static boolean deployed;
    private static String serverRss = "unknown";
    private static final Map<String, Duration> TIMINGS = new LinkedHashMap<>();
    private static long checkStartedNanos;

    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** Prints the end of server.log when a check fails, while the server is still up. */
    @RegisterExtension
    static final TestWatcher SERVER_LOG_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printServerLogTail(context.getDisplayName() + " failed");
        }
    };

    // ------------------------------------------------------------------ lifecycle

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        try {
            prepareAndStart();
            deploy();
        } catch (Exception | Error e) {
            printServerLogTail("start or deployment failed");
            throw e;
        }
    }

    @BeforeEach
    void startClock() {
        checkStartedNanos = System.nanoTime();
    }

    @AfterEach
    void stopClock() {
        TIMINGS.merge("checks", Duration.ofNanos(System.nanoTime() - checkStartedNanos), Duration::plus);
    }

    @AfterAll
    static void undeployAndStop() {
        List<String> problems = new ArrayList<>();
        try {
            if (serverPid > 0) {
                serverRss = residentSetSize(serverPid);
            }
            if (deployed) {
                AsadminResult undeploy = asadmin(UNDEPLOY_TIMEOUT, remote("undeploy", APP_NAME));
                TIMINGS.put("undeploy", undeploy.took());
                if (!undeploy.ok()) {
                    printServerLogTail("undeploy failed");
                    problems.add(undeploy.describe("undeploy"));
                }
            }
        } finally {
            stopServer(problems);
            printTimings();
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ------------------------------------------------------------------ checks

    @Test
    @Order(1)
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode(), () -> "GET /health\n" + abbreviate(response.body()));
        assertTrue(response.body().contains("UP"), () -> "GET /health is not UP:\n" + abbreviate(response.body()));
    }

    @Test
    @Order(2)
    void homePageNamesTheStation() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode(), () -> "GET /\n" + abbreviate(response.body()));
        assertTrue(response.body().contains(STATION),
                () -> "GET / does not name the station:\n" + abbreviate(response.body()));
    }

    @Test
    @Order(3)
    void projectsApiAnswersJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/projects?size=3");
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertEquals(200, response.statusCode(), () -> "GET /api/v1/projects?size=3\n" + abbreviate(response.body()));
        assertTrue(contentType.toLowerCase(Locale.ROOT).contains("json"),
                () -> "GET /api/v1/projects?size=3 answered Content-Type " + contentType);
        assertTrue(response.body().contains("\"projectNo\""),
                () -> "GET /api/v1/projects?size=3 has no projectNo:\n" + abbreviate(response.body()));
    }

    /** Reads the server's listening TCP sockets from /proc (Linux only): loopback, nothing else. */
    @Test
    @Order(4)
    void serverListensOnLoopbackOnly() throws IOException {
        Path fds = Path.of("/proc", Long.toString(serverPid), "fd");
        Assumptions.assumeTrue(serverPid > 0 && Files.isDirectory(fds), "needs Linux /proc");
        Set<String> socketInodes = new HashSet<>();
        try (Stream<Path> links = Files.list(fds)) {
            for (Path link : (Iterable<Path>) links::iterator) {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if (target.startsWith("socket:[")) {
                        socketInodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        List<String> listening = new ArrayList<>();
        List<String> exposed = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).stream().skip(1).collect(Collectors.toList())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !"0A".equals(f[3]) || !socketInodes.contains(f[9])) {
                    continue; // 0A = LISTEN
                }
                String[] local = f[1].split(":");
                InetAddress address = procNetAddress(local[0]);
                String endpoint = address.getHostAddress() + ":" + Integer.parseInt(local[1], 16);
                listening.add(endpoint);
                if (!address.isLoopbackAddress()) {
                    exposed.add(endpoint);
                }
            }
        }
        log("server (pid " + serverPid + ") listens on " + listening);
        assertTrue(exposed.isEmpty(), () -> "Payara Server listens beyond loopback: " + exposed + " (all: " + listening + ")");
        assertTrue(listening.contains(LOOPBACK + ":" + (portBase + HTTP)), () -> "no HTTP listener in " + listening);
    }

    // ------------------------------------------------------------------ server set-up

    private static void prepareAndStart() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        payaraHome = Path.of(System.getProperty("payara.home", target.resolve("payara6").toString()));
        earFile = Path.of(System.getProperty("portal.ear", target.resolve("portal.ear").toString()));
        dataDir = Path.of(System.getProperty("portal.it.dataDir", target.resolve("server-data").toString()));
        asadminLogDir = target.resolve("asadmin-logs");
        domainDir = payaraHome.resolve("glassfish/domains").resolve(DOMAIN);
        Path domain1 = payaraHome.resolve("glassfish/domains/domain1");

        assertTrue(Files.isRegularFile(earFile), "no EAR at " + earFile + " (run the package phase first)");
        assertTrue(Files.isRegularFile(domain1.resolve("config/domain.xml")),
                "Payara Server is not unpacked at " + payaraHome + " (maven-dependency-plugin unpack in pre-integration-test)");
        recordUnzipTime();

        deleteRecursively(asadminLogDir);
        Files.createDirectories(asadminLogDir);
        stopLeftoverServer();
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);

        Set<Integer> triedBases = new HashSet<>();
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            portBase = findFreePortBase(triedBases);
            triedBases.add(portBase);
            deleteRecursively(domainDir);
            copyRecursively(domain1, domainDir);
            configureDomain(domainDir.resolve("config/domain.xml"));
            TIMINGS.put("prepare domain", Duration.ofNanos(System.nanoTime() - t0));
            log("domain " + DOMAIN + ": port base " + portBase + ", http://" + LOOPBACK + ":" + (portBase + HTTP)
                    + "/, admin " + (portBase + ADMIN) + ", data " + dataDir);

            AsadminResult start = asadmin(START_TIMEOUT, "start-domain", DOMAIN);
            TIMINGS.put("start-domain", start.took());
            serverPid = readPid().orElse(-1L);
            if (serverPid > 0 && killServerOnExit == null) {
                // if the test JVM is ended (e.g. failsafe's fork timeout) before @AfterAll runs
                killServerOnExit = new Thread(() -> ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly),
                        "kill-payara-" + DOMAIN);
                Runtime.getRuntime().addShutdownHook(killServerOnExit);
            }
            if (start.ok() && serverPid > 0) {
                return;
            }
            boolean portClash = start.output().toLowerCase(Locale.ROOT).matches("(?s).*(in use|already using).*");
            if (!portClash || attempt >= 3 || isAlive(serverPid)) {
                fail(start.describe("start-domain") + "\npid file: " + serverPid);
            }
            log("start-domain met a port taken meanwhile; trying another port base");
        }
    }

    private static void deploy() throws Exception {
        // The context root "/" comes from the EAR's application.xml (--contextroot is for WARs only).
        AsadminResult deploy = asadmin(DEPLOY_TIMEOUT, remote("deploy", "--name", APP_NAME, "--force=true", earFile.toString()));
        TIMINGS.put("deploy", deploy.took());
        if (!deploy.ok()) {
            fail(deploy.describe("deploy"));
        }
        deployed = true;

        long t0 = System.nanoTime();
        long deadline = t0 + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = get("/health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                    TIMINGS.put("ready", Duration.ofNanos(System.nanoTime() - t0));
                    return;
                }
                last = ready.statusCode() + " " + abbreviate(ready.body());
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.SECONDS.sleep(1);
        }
        fail("not ready within " + READY_TIMEOUT.toSeconds() + " s after deploy; last GET /health/ready: " + last);
    }

    /** Edits the copied domain.xml before its first start: ports from {@link #portBase}, loopback only. */
    private static void configureDomain(Path domainXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(domainXml.toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        Element config = (Element) xpath.evaluate("/domain/configs/config[@name='server-config']", doc, XPathConstants.NODE);
        assertTrue(config != null, "no server-config in " + domainXml);

        Element hazelcast = single(xpath, doc, "/domain/hazelcast-runtime-configuration");
        hazelcast.setAttribute("das-bind-address", LOOPBACK);
        hazelcast.setAttribute("das-public-address", LOOPBACK);
        hazelcast.setAttribute("interface", LOOPBACK);
        hazelcast.setAttribute("das-port", port(HAZELCAST_DAS));
        hazelcast.setAttribute("start-port", port(HAZELCAST_START));

        Map<String, Integer> listeners = Map.of("http-listener-1", HTTP, "http-listener-2", HTTPS, "admin-listener", ADMIN);
        listeners.forEach((name, offset) -> {
            Element listener = single(xpath, config, "network-config/network-listeners/network-listener[@name='" + name + "']");
            listener.setAttribute("address", LOOPBACK);
            listener.setAttribute("port", port(offset));
        });
        Map<String, Integer> iiop = Map.of("orb-listener-1", IIOP, "SSL", IIOP_SSL, "SSL_MUTUALAUTH", IIOP_MUTUALAUTH);
        iiop.forEach((id, offset) -> {
            Element listener = single(xpath, config, "iiop-service/iiop-listener[@id='" + id + "']");
            listener.setAttribute("address", LOOPBACK);
            listener.setAttribute("port", port(offset));
        });
        Element jmx = single(xpath, config, "admin-service/jmx-connector[@name='system']");
        jmx.setAttribute("address", LOOPBACK);
        jmx.setAttribute("port", port(JMX));

        // An explicit embedded broker on loopback (server-config has none, so defaults would apply).
        Element jmsPort = (Element) xpath.evaluate("system-property[@name='JMS_PROVIDER_PORT']", config, XPathConstants.NODE);
        if (jmsPort == null) {
            jmsPort = doc.createElement("system-property");
            jmsPort.setAttribute("name", "JMS_PROVIDER_PORT");
            config.insertBefore(jmsPort, config.getFirstChild());
        }
        jmsPort.setAttribute("value", port(JMS));
        Element jmsService = (Element) xpath.evaluate("jms-service", config, XPathConstants.NODE);
        if (jmsService == null) {
            jmsService = doc.createElement("jms-service");
            Node before = (Node) xpath.evaluate("connector-service", config, XPathConstants.NODE);
            config.insertBefore(jmsService, before);
        }
        while (jmsService.getFirstChild() != null) {
            jmsService.removeChild(jmsService.getFirstChild());
        }
        jmsService.setAttribute("type", "EMBEDDED");
        jmsService.setAttribute("default-jms-host", "default_JMS_host");
        jmsService.setAttribute("addresslist-behavior", "priority");
        Element jmsHost = doc.createElement("jms-host");
        jmsHost.setAttribute("name", "default_JMS_host");
        jmsHost.setAttribute("host", LOOPBACK);
        jmsHost.setAttribute("port", "${JMS_PROVIDER_PORT}");
        jmsHost.setAttribute("admin-user-name", "admin");
        jmsHost.setAttribute("admin-password", "admin");
        jmsHost.setAttribute("lazy-init", "true");
        jmsService.appendChild(jmsHost);

        Element javaConfig = single(xpath, config, "java-config");
        Map<String, String> jvmOptions = new LinkedHashMap<>();
        jvmOptions.put("-Dosgi.shell.telnet.port=", port(OSGI_SHELL));
        jvmOptions.put("-Dhazelcast.socket.bind.any=", "false");
        jvmOptions.put("-Dh2.bindAddress=", LOOPBACK);
        jvmOptions.put("-Dportal.data.dir=", dataDir.toString());
        jvmOptions.put("-Dportal.demo.data=", "demo");
        jvmOptions.put("-XX:TieredStopAtLevel=", "1");
        NodeList existing = javaConfig.getElementsByTagName("jvm-options");
        for (int i = existing.getLength() - 1; i >= 0; i--) {
            Node option = existing.item(i);
            String text = option.getTextContent().trim();
            if (jvmOptions.keySet().stream().anyMatch(text::startsWith)) {
                javaConfig.removeChild(option);
            }
        }
        jvmOptions.forEach((key, value) -> {
            Element option = doc.createElement("jvm-options");
            option.setTextContent(key + value);
            javaConfig.appendChild(option);
        });

        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(domainXml.toFile()));
    }

    private static Element single(XPath xpath, Object context, String expression) {
        try {
            Element element = (Element) xpath.evaluate(expression, context, XPathConstants.NODE);
            assertTrue(element != null, "domain.xml has no " + expression);
            return element;
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private static String port(int offset) {
        return Integer.toString(portBase + offset);
    }

    /** A base (multiple of 100, below Linux's ephemeral range) whose 100 ports are all free. */
    private static int findFreePortBase(Set<Integer> tried) {
        Random random = new Random();
        for (int i = 0; i < 500; i++) {
            int base = 20_000 + 100 * random.nextInt(120);
            if (!tried.contains(base) && IntStream.range(0, 100).allMatch(o -> isFree(base + o))) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base between 20000 and 32000");
    }

    private static boolean isFree(int port) {
        for (InetSocketAddress address : List.of(new InetSocketAddress(port), new InetSocketAddress(LOOPBACK, port))) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(address);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ stopping

    /** A domain left running by an interrupted earlier run of this test in this target/ folder. */
    private static void stopLeftoverServer() {
        Optional<Long> pid = readPid();
        if (pid.isPresent() && isAlive(pid.get())) {
            log("stopping the " + DOMAIN + " server left running by an earlier run (pid " + pid.get() + ")");
            asadmin(STOP_TIMEOUT, "stop-domain", "--kill=true", DOMAIN);
            ProcessHandle.of(pid.get()).ifPresent(PayaraServerEarIT::terminate);
        }
    }

    private static void stopServer(List<String> problems) {
        if (domainDir == null) {
            return;
        }
        long pid = serverPid > 0 ? serverPid : readPid().orElse(-1L);
        if (isAlive(pid)) {
            AsadminResult stop = asadmin(STOP_TIMEOUT, "stop-domain", DOMAIN);
            TIMINGS.put("stop-domain", stop.took());
            if (!stop.ok()) {
                problems.add(stop.describe("stop-domain"));
            }
            if (!exitsWithin(pid, Duration.ofSeconds(30))) {
                // Last resort, and only the server this test started (the pid file of its own fresh domain).
                log("the server (pid " + pid + ") is still running after stop-domain: killing it");
                ProcessHandle.of(pid).ifPresent(PayaraServerEarIT::terminate);
                problems.add("stop-domain left the server (pid " + pid + ") running; it was killed");
            }
        }
        if (killServerOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killServerOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private static boolean exitsWithin(long pid, Duration wait) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.get().isAlive();
        } catch (Exception e) {
            return !process.get().isAlive();
        }
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<Long> readPid() {
        Path pidFile = domainDir.resolve("config/pid");
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    // ------------------------------------------------------------------ asadmin

    private static String[] remote(String... command) {
        List<String> args = new ArrayList<>(List.of("--host", LOOPBACK, "--port", port(ADMIN)));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    /** Runs asadmin with the JDK that runs this test; its output goes to target/asadmin-logs. */
    private static AsadminResult asadmin(Duration timeout, String... args) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(windows
                ? List.of("cmd", "/c", payaraHome.resolve("bin/asadmin.bat").toString())
                : List.of("sh", payaraHome.resolve("bin/asadmin").toString()));
        command.add("--interactive=false");
        command.addAll(List.of(args));
        String name = List.of(args).stream().filter(a -> !a.startsWith("-") && !a.equals(LOOPBACK)
                && !a.matches("\\d+")).findFirst().orElse("asadmin");
        Path logFile = asadminLogDir.resolve(String.format(Locale.ROOT, "%02d-%s.log", ++asadminCalls, name));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(payaraHome.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("AS_ADMIN_"));
        String javaHome = System.getProperty("java.home");
        env.put("AS_JAVA", javaHome);
        env.put("JAVA_HOME", javaHome);
        env.put("AS_EXTRA_JAVA_OPTS", "-XX:TieredStopAtLevel=1");

        long t0 = System.nanoTime();
        int exit;
        boolean timedOut = false;
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                exit = process.exitValue();
            } else {
                timedOut = true;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                exit = -1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String output;
        try {
            output = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            output = "(no output: " + e + ")";
        }
        log("asadmin " + String.join(" ", args) + " -> " + (timedOut ? "timed out" : "exit " + exit)
                + " in " + seconds(took));
        return new AsadminResult(String.join(" ", command), exit, timedOut, took, output, timeout);
    }

    private record AsadminResult(String command, int exit, boolean timedOut, Duration took, String output, Duration timeout) {
        boolean ok() {
            return !timedOut && exit == 0;
        }

        String describe(String what) {
            return "asadmin " + what + (timedOut ? " timed out after " + timeout.toSeconds() + " s" : " failed with exit code " + exit)
                    + " after " + seconds(took) + "\n$ " + command + "\n" + output;
        }
    }

    // ------------------------------------------------------------------ HTTP, logs, timings

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + port(HTTP) + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .GET()
                .build();
        return HTTP_CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void printServerLogTail(String why) {
        if (domainDir == null) {
            return;
        }
        Path serverLog = domainDir.resolve("logs/server.log");
        if (!Files.isRegularFile(serverLog)) {
            log(why + "; there is no " + serverLog);
            return;
        }
        try {
            List<String> lines = new String(Files.readAllBytes(serverLog), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
            List<String> tail = lines.subList(Math.max(0, lines.size() - SERVER_LOG_TAIL_LINES), lines.size());
            System.out.println("[PayaraServerEarIT] " + why + "; last " + tail.size() + " lines of " + serverLog + ":");
            tail.forEach(line -> System.out.println("  | " + line));
            System.out.flush();
        } catch (IOException e) {
            log("cannot read " + serverLog + ": " + e);
        }
    }

    /**
     * The unzip ran in pre-integration-test: from the stamp antrun touched just before it to the
     * moment maven-dependency-plugin created its marker (the markers folder's mtime; the marker file
     * itself carries the zip's date). A folder older than the stamp means the unpack was skipped.
     */
    private static void recordUnzipTime() throws IOException {
        String stamp = System.getProperty("payara.unzip.startFile");
        String markers = System.getProperty("payara.unzip.markersDir");
        if (stamp == null || markers == null || !Files.isRegularFile(Path.of(stamp)) || !Files.isDirectory(Path.of(markers))) {
            return;
        }
        long started = Files.getLastModifiedTime(Path.of(stamp)).toMillis();
        long finished = Files.getLastModifiedTime(Path.of(markers)).toMillis();
        if (finished >= started) {
            TIMINGS.put("unzip", Duration.ofMillis(finished - started));
        } else {
            log("unzip: skipped by maven-dependency-plugin (already unpacked in target/)");
        }
    }

    private static String residentSetSize(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D", ""));
                        return (kb / 1024) + " MB";
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e + ")";
        }
        return "unknown";
    }

    private static void printTimings() {
        String each = TIMINGS.entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(e.getValue()))
                .collect(Collectors.joining(" | "));
        Duration main = Stream.of("unzip", "prepare domain", "start-domain", "deploy", "ready", "checks")
                .map(TIMINGS::get).filter(d -> d != null).reduce(Duration.ZERO, Duration::plus);
        log("Payara Server " + System.getProperty("payara.version", "") + " timings: " + each);
        log("unzip+start+deploy+checks = " + seconds(main) + "; server RSS before undeploy: " + serverRss
                + " (pid " + serverPid + ", port base " + portBase + ")");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "\n… (" + body.length() + " chars)";
    }

    private static void log(String message) {
        System.out.println("[PayaraServerEarIT] " + message);
        System.out.flush();
    }

    /** /proc/net/tcp{,6} hex address: 32-bit words in host byte order. */
    private static InetAddress procNetAddress(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int w = 0; w + 3 < bytes.length; w += 4) {
                byte b0 = bytes[w];
                byte b1 = bytes[w + 1];
                bytes[w] = bytes[w + 3];
                bytes[w + 1] = bytes[w + 2];
                bytes[w + 2] = b1;
                bytes[w + 3] = b0;
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    // ------------------------------------------------------------------ files

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
