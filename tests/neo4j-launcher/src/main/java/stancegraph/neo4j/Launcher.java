package stancegraph.neo4j;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a real Neo4j server in this JVM with only its Bolt connector, on 127.0.0.1, with auth on and a
 * generated password. Prints one JSON line when Bolt answers, stops cleanly on SIGTERM, and exits when its
 * standard input closes, so a parent that dies (even by SIGKILL) never leaves this JVM behind.
 *
 * Arguments: --home DIR (kept; default a new temporary folder, removed on exit), --port N (default a free
 * port), --pagecache SIZE (default 128m), --password P (default generated), --txmemory SIZE (the most memory
 * one transaction may use, db.memory.transaction.max; default unlimited, as in Neo4j).
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        boolean temporary = !options.containsKey("home");
        Path home = temporary ? Files.createTempDirectory("stancegraph-neo4j-") : Path.of(options.get("home"));
        int port = options.containsKey("port") ? Integer.parseInt(options.get("port")) : freePort();
        String password = options.getOrDefault("password", generatedPassword());

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (options.containsKey("txmemory")) builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, Options.bytes(options.get("txmemory")));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, Options.bytes(options.getOrDefault("pagecache", "128m")))
                // Tests and benchmarks write a lot and never need old logs back.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L << 20)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            if (temporary) deleteTree(home);
        }, "neo4j-shutdown"));

        // Embedded transactions run without auth, so the system database can take the password directly.
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        awaitBolt(port, Duration.ofSeconds(120));

        System.out.println("{\"ready\":true,\"uri\":\"bolt://127.0.0.1:" + port + "\",\"user\":\"neo4j\",\"password\":\""
                + password + "\",\"home\":\"" + home.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        System.out.flush();

        // The parent holds our stdin open; end of input means the parent is gone.
        while (System.in.read() != -1) { /* input is ignored */ }
        System.exit(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String generatedPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 24; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }

    /** Bolt answers when its handshake (magic preamble, then four proposed versions) gets a version back. */
    private static void awaitBolt(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(2000);
                OutputStream out = socket.getOutputStream();
                out.write(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
                out.flush();
                if (new DataInputStream(socket.getInputStream()).readInt() != 0) return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("Bolt did not answer on port " + port, notYet);
            }
            Thread.sleep(100);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: the parent removes the folder too.
        }
    }
}
