// A small cache of tagged texts, so that the parse requested after a tag-only request does not tag the text again.
package dev.entente.nlp;

import edu.stanford.nlp.pipeline.Annotation;

import java.util.LinkedHashMap;
import java.util.Map;

final class TaggedTexts {
  private final int capacity;
  private final Map<String, Annotation> byText;

  TaggedTexts(int capacity) {
    this.capacity = capacity;
    // Access order: the least recently used text goes first when full.
    this.byText = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Annotation> eldest) {
        return size() > TaggedTexts.this.capacity;
      }
    };
  }

  synchronized Annotation take(String text) {
    return byText.remove(text);
  }

  synchronized void put(String text, Annotation tagged) {
    byText.put(text, tagged);
  }
}
