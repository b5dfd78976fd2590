// The linguistic backbone: CoreNLP's pipeline (tokens, sentences, POS, lemmas, NER) plus the neural dependency parser.
package dev.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.IntPredicate;

/**
 * Thread-safe: CoreNLP's annotators and the parser may be shared by the worker's threads (the CoreNLP server does the
 * same), so the models are loaded once per process. Tagging is cheap (about a fifth of the cost); the parser is the
 * rest, which is why the caller chooses the sentences to parse.
 */
final class Backbone {
  /** Longer sentences are tagged, never parsed: page chrome glued into one "sentence" would cost seconds. */
  static final int MAX_PARSE_TOKENS = 120;

  /** Tokens and sentences, then (after SentenceRejoin) tags, lemmas and entities. */
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;

  Backbone() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Keeps "Jae-in" and "Kim Jong-un" as one token each.
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    // Headlines and datelines stand alone instead of gluing onto the first sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // The 3-class CRF (PERSON, LOCATION, ORGANIZATION) alone: dates, numbers, titles and nationalities are read by the
    // rule layer, and each further CoreNLP NER model costs about as much again.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    Properties split = (Properties) props.clone();
    split.setProperty("annotators", "tokenize,ssplit");
    splitter = new StanfordCoreNLP(split);
    Properties tag = (Properties) props.clone();
    tag.setProperty("annotators", "pos,lemma,ner");
    // The tokens come from the splitter (and SentenceRejoin), not from this pipeline's own tokenizer.
    tagger = new StanfordCoreNLP(tag, false);
    parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  /** Tokens, sentences, tags, lemmas and entity labels of one text; no parse yet. */
  Annotation tag(String text) {
    Annotation document = new Annotation(text);
    splitter.annotate(document);
    SentenceRejoin.apply(document);
    tagger.annotate(document);
    return document;
  }

  /** Parses the chosen sentences of a tagged text (index from 0); the others get no dependencies. */
  ParsedArticle parse(Annotation document, IntPredicate chosen) {
    List<ParsedArticle.Sentence> sentences = new ArrayList<>();
    int index = 0;
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int[] heads = null;
      String[] relations = null;
      if (chosen.test(index) && tokens.size() <= MAX_PARSE_TOKENS) {
        heads = new int[tokens.size()];
        relations = new String[tokens.size()];
        GrammaticalStructure structure = parser.predict(sentence);
        // Basic (tree-shaped) Universal Dependencies; the rule layer adds what the enhanced graphs would (conjuncts).
        for (TypedDependency dep : structure.typedDependencies()) {
          int dependent = dep.dep().index() - 1;
          heads[dependent] = dep.gov().index();
          relations[dependent] = dep.reln().toString();
        }
      }
      sentences.add(new ParsedArticle.Sentence(tokens, heads, relations));
      index++;
    }
    return new ParsedArticle(sentences);
  }
}
