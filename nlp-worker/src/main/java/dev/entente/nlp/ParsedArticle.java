// What the backbone returns for one article, and its JSON form (the protocol's "sentences" field; see PROTOCOL.md).
package dev.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import javax.json.stream.JsonGenerator;
import java.util.List;

record ParsedArticle(List<Sentence> sentences) {
  private static final FirstNames FIRST_NAMES = new FirstNames();

  /** One sentence: its tokens, and per token the 1-based head (0 = root) and relation, or null when not parsed. */
  record Sentence(List<CoreLabel> tokens, int[] heads, String[] relations) {}

  /** Columnar arrays per sentence: compact, and the reader indexes them by token without building objects. */
  void write(JsonGenerator json) {
    json.writeStartArray("sentences");
    for (Sentence s : sentences) {
      json.writeStartObject();
      json.writeStartArray("begin");
      for (CoreLabel t : s.tokens()) json.write(t.beginPosition());
      json.writeEnd();
      json.writeStartArray("end");
      for (CoreLabel t : s.tokens()) json.write(t.endPosition());
      json.writeEnd();
      json.writeStartArray("pos");
      for (CoreLabel t : s.tokens()) json.write(t.tag());
      json.writeEnd();
      json.writeStartArray("lemma");
      for (CoreLabel t : s.tokens()) json.write(t.lemma());
      json.writeEnd();
      json.writeStartArray("ner");
      for (CoreLabel t : s.tokens()) {
        String ner = t.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        json.write(ner == null ? "O" : ner);
      }
      json.writeEnd();
      // One character per token: the first-name gender of a PERSON token ('M', 'F'), else '.'.
      StringBuilder gender = new StringBuilder(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        String ner = t.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        gender.append("PERSON".equals(ner) ? FIRST_NAMES.of(t.word()) : '.');
      }
      json.write("gender", gender.toString());
      if (s.heads() == null) {
        json.writeNull("head");
        json.writeNull("rel");
      } else {
        json.writeStartArray("head");
        for (int h : s.heads()) json.write(h);
        json.writeEnd();
        json.writeStartArray("rel");
        for (String r : s.relations()) {
          if (r == null) json.writeNull();
          else json.write(r);
        }
        json.writeEnd();
      }
      json.writeEnd();
    }
    json.writeEnd();
  }
}
