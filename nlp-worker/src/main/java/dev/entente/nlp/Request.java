// One request of the protocol: an article's text and which of its sentences to parse.
package dev.entente.nlp;

import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import java.io.StringReader;
import java.util.BitSet;
import java.util.function.IntPredicate;

record Request(String id, String text, IntPredicate parse, boolean tagOnly) {

  /** A request the worker cannot read; answered with an error for that id, the worker goes on. */
  static final class BadRequest extends RuntimeException {
    final String id;

    BadRequest(String id, String message) {
      super(message);
      this.id = id;
    }
  }

  /** {"id": "...", "text": "...", "parse": "all" | "none" | [0, 3, ...]}; "parse" defaults to "all". */
  static Request read(String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject message = reader.readObject();
      String id = message.getString("id");
      if (!(message.get("text") instanceof JsonString)) throw new BadRequest(id, "text must be a string");
      String text = message.getString("text");
      JsonValue parse = message.getOrDefault("parse", Json.createValue("all"));
      if (parse instanceof JsonString mode) {
        return switch (mode.getString()) {
          case "all" -> new Request(id, text, i -> true, false);
          case "none" -> new Request(id, text, i -> false, true);
          default -> throw new BadRequest(id, "parse must be \"all\", \"none\" or a list of sentence indexes");
        };
      }
      if (!(parse instanceof JsonArray list)) throw new BadRequest(id, "parse must be \"all\", \"none\" or a list of sentence indexes");
      BitSet chosen = new BitSet();
      for (JsonValue v : list) {
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 0) throw new BadRequest(id, "parse lists sentence indexes (integers from 0)");
        chosen.set(n.intValue());
      }
      return new Request(id, text, chosen::get, false);
    }
  }
}
