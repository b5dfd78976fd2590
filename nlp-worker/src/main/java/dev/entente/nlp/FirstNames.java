// The gender CoreNLP's coreference data gives first names (models jar: dcoref/namegender.combine.txt), for pronoun agreement.
package dev.entente.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Immutable after loading, so the worker's threads share one instance. */
final class FirstNames {
  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** 'M' or 'F'; a name the data lists with both genders ("Jae", "Nikki") is left out, as unknown. */
  private final Map<String, Character> genders = new HashMap<>();

  FirstNames() {
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("CoreNLP models lack " + RESOURCE);
    Map<String, Character> seen = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String[] parts = line.split("\t");
        if (parts.length != 2) continue;
        char gender = parts[1].startsWith("FEMALE") ? 'F' : parts[1].startsWith("MALE") ? 'M' : '?';
        if (gender == '?') continue;
        Character before = seen.putIfAbsent(parts[0], gender);
        if (before != null && before != gender) seen.put(parts[0], '?');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    seen.forEach((name, gender) -> {
      if (gender != '?') genders.put(name, gender);
    });
  }

  /** 'M', 'F', or '.' when the word is no first name the data knows. */
  char of(String word) {
    Character gender = genders.get(word.toLowerCase(Locale.ROOT));
    return gender == null ? '.' : gender;
  }
}
