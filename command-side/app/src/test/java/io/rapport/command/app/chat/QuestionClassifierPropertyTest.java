package io.rapport.command.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.chat.QuestionFlag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every text the classifier is given. */
class QuestionClassifierPropertyTest {

  /** Words that trigger the flags, mixed with plain ones and random ones. */
  static final List<String> VOCABULARY =
      List.of(
          "what",
          "how",
          "why",
          "much",
          "is",
          "are",
          "do",
          "does",
          "could",
          "would",
          "can",
          "you",
          "i",
          "me",
          "your",
          "team",
          "role",
          "salary",
          "pay",
          "paid",
          "make",
          "earn",
          "money",
          "a",
          "year",
          "hiring",
          "manager",
          "open",
          "opening",
          "openings",
          "position",
          "refer",
          "hire",
          "put",
          "in",
          "good",
          "word",
          "for",
          "tell",
          "mind",
          "sharing",
          "so",
          "and",
          "job",
          "of",
          "referral",
          "attention",
          "off",
          "six",
          "figures",
          "isn't",
          "what's",
          "’s");

  /** Words that trigger no flag. */
  static final List<String> PLAIN =
      List.of(
          "team",
          "career",
          "work",
          "day",
          "project",
          "lesson",
          "challenge",
          "change",
          "grow",
          "learn",
          "like",
          "your",
          "the",
          "about",
          "most",
          "first",
          "did",
          "you",
          "with",
          "industry",
          "mentor",
          "skills",
          "enjoy",
          "startup",
          "data",
          "early",
          "on");

  static final List<String> OPENERS =
      List.of("what", "how", "why", "where", "when", "who", "which", "What", "How");

  static final List<String> AUXILIARIES =
      List.of("do", "does", "did", "is", "are", "can", "could", "would", "will", "have", "has");

  @Property
  void neverFailsOnAnyText(@ForAll String text) {
    assertThat(QuestionClassifier.classify(text)).isNotNull();
  }

  @Property
  void flagsTheSameWhateverTheCase(@ForAll("questions") String question) {
    Set<QuestionFlag> flags = QuestionClassifier.classify(question);
    assertThat(QuestionClassifier.classify(question.toUpperCase(Locale.ROOT))).isEqualTo(flags);
    assertThat(QuestionClassifier.classify(question.toLowerCase(Locale.ROOT))).isEqualTo(flags);
    assertThat(QuestionClassifier.classify(alternateCase(question))).isEqualTo(flags);
  }

  @Property
  void flagsTheSameWhateverTheSurroundingWhitespace(
      @ForAll("questions") String question,
      @ForAll("whitespace") String before,
      @ForAll("whitespace") String after) {
    assertThat(QuestionClassifier.classify(before + question + after))
        .isEqualTo(QuestionClassifier.classify(question));
  }

  @Property
  void flagsNoOpenQuestionOfPlainWords(@ForAll("openQuestions") String question) {
    assertThat(QuestionClassifier.classify(question)).isEmpty();
  }

  @Property
  void flagsAQuestionOfPlainWordsOpeningWithAnAuxiliaryAsClosed(
      @ForAll("closedQuestions") String question) {
    assertThat(QuestionClassifier.classify(question)).containsExactly(QuestionFlag.CLOSED_ENDED);
  }

  @Provide
  Arbitrary<String> questions() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(VOCABULARY),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> sentence =
        Combinators.combine(
                word.list().ofMinSize(1).ofMaxSize(10),
                Arbitraries.of(" ", ", "),
                Arbitraries.of("?", ".", "!", "", "?!"))
            .as((words, gap, end) -> String.join(gap, words) + end);
    return sentence.list().ofMinSize(1).ofMaxSize(3).map(sentences -> String.join(" ", sentences));
  }

  @Provide
  Arbitrary<String> whitespace() {
    return Arbitraries.strings().withChars(" \t\n\r\u00a0\u2003").ofMaxLength(5);
  }

  @Provide
  Arbitrary<String> openQuestions() {
    return Combinators.combine(
            Arbitraries.of(OPENERS), Arbitraries.of(PLAIN).list().ofMinSize(1).ofMaxSize(10))
        .as((opener, words) -> opener + " " + String.join(" ", words) + "?");
  }

  @Provide
  Arbitrary<String> closedQuestions() {
    return Combinators.combine(
            Arbitraries.of(AUXILIARIES), Arbitraries.of(PLAIN).list().ofMinSize(1).ofMaxSize(10))
        .as((auxiliary, words) -> auxiliary + " you " + String.join(" ", words) + "?");
  }

  private static String alternateCase(String text) {
    StringBuilder mixed = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return mixed.toString();
  }
}
