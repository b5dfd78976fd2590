// Mends two sentence-boundary errors of CoreNLP: a break at the period of an abbreviation it did not recognise
// ("Schiff (D-Calif." | ")"), and a quotation mark opening a sentence left at the end of the one before.
package dev.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * With hyphenated words kept whole (Backbone), the tokenizer no longer knows "D-Calif." or "R-S.C." as abbreviations:
 * it splits off the period, and the sentence splitter ends a sentence there, so "Rep. Adam Schiff (D-Calif.)
 * criticized Saudi Arabia" became two sentences and lost its subject. A news sentence never starts with a lowercase
 * word, a comma or a closing bracket: a break before one, after such a period, is undone, and the period goes back
 * onto its word. A blank line still ends a sentence (headlines, captions), whatever follows.
 */
final class SentenceRejoin {
  private SentenceRejoin() {}

  /** Rejoins the broken sentences of a tokenized, sentence-split document, before tagging. */
  static void apply(Annotation document) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null || sentences.size() < 2) return;
    List<List<CoreLabel>> groups = new ArrayList<>();
    boolean moved = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
      if (tokens.isEmpty()) continue;
      List<CoreLabel> previous = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (previous != null && opensNext(previous, tokens.get(0))) {
        tokens.add(0, asOpening(previous.remove(previous.size() - 1)));
        moved = true;
      }
      int glued = previous == null ? -1 : gluedPeriod(previous, tokens.get(0), text);
      if (glued < 0) {
        groups.add(tokens);
        continue;
      }
      fuse(previous, glued);
      previous.addAll(tokens);
    }
    if (groups.size() == sentences.size() && !moved) return;
    rebuild(document, text, groups);
  }

  /**
   * A straight quotation mark ending a sentence but written against the next one ('said. "Germany'), with space
   * before it and none after, opens the next sentence's quotation: the tokenizer pairs straight marks by count, and a
   * quotation closed with '' or a curly mark leaves it thinking one is still open.
   */
  private static boolean opensNext(List<CoreLabel> before, CoreLabel next) {
    if (before.size() < 2) return false;
    CoreLabel mark = before.get(before.size() - 1);
    CoreLabel word = before.get(before.size() - 2);
    if (!"\"".equals(mark.originalText())) return false;
    return word.endPosition() < mark.beginPosition() && mark.endPosition() == next.beginPosition();
  }

  private static CoreLabel asOpening(CoreLabel mark) {
    mark.setWord("``");
    mark.setValue("``");
    return mark;
  }

  /**
   * The index in `before` of a period glued to the word before it ("D-Calif" + "."), when the next sentence starts
   * with what cannot start one, on the same paragraph; else -1. Closing brackets and quotes after the period are
   * allowed ("(D-Calif.)").
   */
  private static int gluedPeriod(List<CoreLabel> before, CoreLabel next, String text) {
    int last = before.size() - 1;
    while (last > 0 && isCloser(before.get(last).word())) last--;
    if (last < 1 || !".".equals(before.get(last).word())) return -1;
    CoreLabel period = before.get(last);
    CoreLabel word = before.get(last - 1);
    if (word.endPosition() != period.beginPosition() || !Character.isLetter(lastChar(word.word()))) return -1;
    String gap = text.substring(before.get(before.size() - 1).endPosition(), next.beginPosition());
    if (gap.indexOf('\n') != gap.lastIndexOf('\n') || gap.contains("\n\n")) return -1;
    String first = next.word();
    boolean cannotStart =
        Character.isLowerCase(first.charAt(0)) || first.equals(",") || first.equals(";") || isCloser(first);
    return cannotStart ? last : -1;
  }

  private static boolean isCloser(String word) {
    return word.equals(")") || word.equals("-RRB-") || word.equals("]") || word.equals("-RSB-");
  }

  private static char lastChar(String word) {
    return word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
  }

  /** Puts the period at `index` back onto the word before it: "D-Calif" + "." is the one word "D-Calif.". */
  private static void fuse(List<CoreLabel> tokens, int index) {
    CoreLabel word = tokens.get(index - 1);
    CoreLabel period = tokens.get(index);
    word.setWord(word.word() + ".");
    word.setValue(word.value() + ".");
    word.setOriginalText(word.originalText() + ".");
    word.setEndPosition(period.endPosition());
    word.set(CoreAnnotations.AfterAnnotation.class, period.get(CoreAnnotations.AfterAnnotation.class));
    tokens.remove(index);
  }

  /** New sentence maps (offsets, token spans and indexes) for the rejoined token groups. */
  private static void rebuild(Annotation document, String text, List<List<CoreLabel>> groups) {
    List<CoreMap> sentences = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    for (List<CoreLabel> tokens : groups) {
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        token.setIndex(i + 1);
        token.setSentIndex(sentences.size());
      }
      all.addAll(tokens);
      sentences.add(sentence);
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    document.set(CoreAnnotations.TokensAnnotation.class, all);
  }
}
