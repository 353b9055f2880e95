/*
 * Starts DynamoDB Local listening on 127.0.0.1 only. Its command line has no host option and
 * its Jetty server binds every interface, so this builds the server from the same command-line
 * arguments, sets the host on its connectors before starting it, and exits when its parent's
 * pipe (stdin) closes, so a killed `npm start` leaves no orphan. Run in source-file mode:
 * java -cp DynamoDBLocal.jar dynamodb-local-loopback.java <DynamoDB Local arguments>
 */
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public class DynamoDbLocalLoopback {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    for (Connector connector : jetty.getConnectors()) {
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
    Thread watch = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Nothing is ever written: only the end of the stream matters.
        }
      } catch (java.io.IOException ignored) {
        // A broken pipe means the same as its end.
      }
      System.exit(0);
    });
    watch.setDaemon(true);
    watch.start();
  }
}
