// Entry point: loads the backbone once, then answers JSON-lines requests (stdin, or TCP with --listen) on a thread pool.
package dev.entente.nlp;

import edu.stanford.nlp.pipeline.Annotation;

import javax.json.Json;
import javax.json.stream.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Protocol (PROTOCOL.md; one JSON object per line, UTF-8):
 *   out, once on stdout: {"ready": true, "threads": N, "loadMs": ..., "port": P (with --listen)}
 *   in:  {"id": "...", "text": "...", "parse": "all" | "none" | [sentence indexes]}
 *   out: {"id": "...", "ms": ..., "sentences": [...]} or {"id": "...", "error": "..."}
 * Answers may come out of order. The worker exits when its stdin closes, so it never outlives its parent.
 */
public final class NlpWorker {
  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    Integer listen = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--listen" -> listen = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (use --threads N, --listen PORT)");
      }
    }
    // CoreNLP logs its progress to stdout and stderr; stdout carries only the protocol.
    PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    long started = System.nanoTime();
    Backbone backbone = new Backbone();
    // Warm the JIT and the parser on one sentence, so that the first article does not pay for it.
    backbone.parse(backbone.tag("The president met the foreign minister in Paris on Monday."), i -> true);
    long loadMs = (System.nanoTime() - started) / 1_000_000;

    NlpWorker worker = new NlpWorker(backbone, threads);
    if (listen == null) {
      emitLine(stdout, "{\"ready\":true,\"threads\":" + threads + ",\"loadMs\":" + loadMs + "}");
      worker.serve(System.in, line -> emitLine(stdout, line));
      // Input ended: answer what was asked, then go.
      worker.pool.shutdown();
      worker.pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    } else {
      ServerSocket server = new ServerSocket(listen, 50, InetAddress.getLoopbackAddress());
      emitLine(stdout, "{\"ready\":true,\"threads\":" + threads + ",\"loadMs\":" + loadMs + ",\"port\":" + server.getLocalPort() + "}");
      Thread acceptor = new Thread(() -> worker.accept(server), "accept");
      acceptor.setDaemon(true);
      acceptor.start();
      // Nothing is read from stdin in this mode: its end means the parent is gone.
      while (System.in.read() != -1) {}
    }
    System.exit(0);
  }

  private final Backbone backbone;
  private final ExecutorService pool;
  private final TaggedTexts tagged = new TaggedTexts(64);

  private NlpWorker(Backbone backbone, int threads) {
    this.backbone = backbone;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  private void accept(ServerSocket server) {
    while (true) {
      try {
        Socket socket = server.accept();
        Thread reader = new Thread(() -> {
          try (socket) {
            OutputStream out = socket.getOutputStream();
            Object lock = new Object();
            serve(socket.getInputStream(), line -> {
              synchronized (lock) {
                try {
                  out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                  out.flush();
                } catch (IOException gone) {
                  // The client left; its remaining answers have nowhere to go.
                }
              }
            });
          } catch (IOException ignored) {
            // A broken connection ends only that client.
          }
        }, "client");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Reads requests until the stream ends; each is answered on the pool, in whatever order they finish. */
  private void serve(InputStream input, Consumer<String> emit) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      String request = line;
      pool.execute(() -> emit.accept(answer(request)));
    }
  }

  private String answer(String line) {
    String id = null;
    try {
      Request request = Request.read(line);
      id = request.id();
      long started = System.nanoTime();
      Annotation document = tagged.take(request.text());
      if (document == null) document = backbone.tag(request.text());
      // A tag-only answer is usually followed by a parse of some of its sentences: keep the tagging for it.
      if (request.tagOnly()) tagged.put(request.text(), document);
      ParsedArticle parsed = backbone.parse(document, request.parse());
      StringWriter buffer = new StringWriter();
      try (JsonGenerator json = Json.createGenerator(buffer)) {
        json.writeStartObject();
        json.write("id", id);
        json.write("ms", (System.nanoTime() - started) / 1_000_000);
        parsed.write(json);
        json.writeEnd();
      }
      return buffer.toString();
    } catch (Request.BadRequest e) {
      return error(e.id, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return error(id, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String error(String id, String message) {
    StringWriter error = new StringWriter();
    try (JsonGenerator json = Json.createGenerator(error)) {
      json.writeStartObject();
      if (id == null) json.writeNull("id");
      else json.write("id", id);
      json.write("error", message);
      json.writeEnd();
    }
    return error.toString();
  }

  private static synchronized void emitLine(PrintStream out, String line) {
    out.println(line);
    out.flush();
  }
}
