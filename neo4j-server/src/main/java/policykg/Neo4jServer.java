package policykg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

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
 * Arguments: DATA_DIR [BOLT_PORT] [HTTP_PORT]. Listens on 127.0.0.1 only, auth disabled.
 * NEO4J_BROWSER_WHITELIST: hosts Browser may load guides from (default localhost,127.0.0.1).
 * Prints "READY bolt://127.0.0.1:PORT" when Bolt accepts connections; stops on SIGTERM.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/neo4j-data").toAbsolutePath();
        int boltPort = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        int httpPort = args.length > 2 ? Integer.parseInt(args[2]) : 7474;
        Files.createDirectories(dataDir);
        Neo4j server = Neo4jBuilders.newInProcessBuilder(dataDir)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
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
}
