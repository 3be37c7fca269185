package io.rapport.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server ({@code de.bwaldvogel:mongo-java-server}), reached through the
 * MongoDB drivers like any MongoDB. It keeps its data in an H2 file (see {@link BsonH2Backend}),
 * which it saves about once a second.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
    this.server = server;
    this.address = address;
  }

  /** Starts a server kept in the given H2 file (created when missing), on a port (0 = any). */
  public static EmbeddedMongoServer start(Path file, int port) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(BsonH2Backend.open(file), port);
  }

  private static EmbeddedMongoServer start(MongoBackend backend, int port) {
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", port);
    return new EmbeddedMongoServer(server, server.getLocalAddress());
  }

  /** The connection string to give a MongoDB driver. */
  public String connectionString() {
    return "mongodb://127.0.0.1:" + address.getPort();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
