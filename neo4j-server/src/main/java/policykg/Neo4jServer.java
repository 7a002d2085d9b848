package policykg;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A real Neo4j 5.26 server (Cypher, Bolt, HTTP and, when its jar is on the classpath, Browser)
 * started from Neo4j's own Maven artifacts, for tests and local use without Docker.
 *
 * Arguments: DATA_DIR [BOLT_PORT] [HTTP_PORT]. Listens on 127.0.0.1 only, auth disabled, and
 * advertises the ports it listens on, so Browser's connect form is pre-filled with BOLT_PORT.
 * The graph lives in DATA_DIR/graph and survives restarts (the harness alone would put it in a
 * new random folder on every start). The harness's own folder (logs, certificates) goes under
 * DATA_DIR/run; what a crashed server left there is deleted at the next start. One server per
 * DATA_DIR: a second one exits at once (DATA_DIR/server.lock).
 * NEO4J_BROWSER_WHITELIST: hosts Browser may load guides from (default localhost,127.0.0.1).
 * Prints "READY bolt://127.0.0.1:PORT" when Bolt accepts connections; stops on SIGTERM.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/neo4j-data").toAbsolutePath();
        int boltPort = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        int httpPort = args.length > 2 ? Integer.parseInt(args[2]) : 7474;
        Files.createDirectories(dataDir);
        FileChannel lockFile = FileChannel.open(dataDir.resolve("server.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            System.err.println("another Neo4j server is using " + dataDir);
            System.exit(1);
        }
        Path runDir = dataDir.resolve("run");
        deleteTree(runDir);  // a crashed server's harness folder (logs, certificates: ~0.5 GB with its store)
        Files.createDirectories(runDir);
        Neo4j server = Neo4jBuilders.newInProcessBuilder(runDir)
                .withConfig(GraphDatabaseSettings.data_directory, dataDir.resolve("graph"))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                // what the discovery answer (GET /) tells Browser to connect to: 7687 unless set
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                .withConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .withConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                        System.getenv().getOrDefault("NEO4J_BROWSER_WHITELIST", "localhost,127.0.0.1"))
                .build();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        System.out.println("READY bolt://127.0.0.1:" + boltPort + " http://127.0.0.1:" + httpPort + "/browser/");
        System.out.flush();
        stop.await();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
