package io.rapport.command.app.chat;

import io.rapport.command.api.chat.QuestionFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a prepared question that deserves a second look. The flags inform the student and the
 * coach; a flagged question is never refused, so the heuristics below prefer a missed flag to a
 * wrong one.
 *
 * <p>The text is read lower-cased, with curly apostrophes straightened and runs of whitespace
 * collapsed, so that neither case nor spacing changes the result.
 *
 * <ul>
 *   <li>{@link QuestionFlag#SALARY}: a word about pay (salary, compensation, wage, paycheck,
 *       income, bonus, a pay range…), where "pay" in "pay attention", "pay off", "pay it forward"
 *       or "pay for" does not count; or a verb of earning about money: "make good money", "earn six
 *       figures", "make $…", "make a year"; or "make"/"earn" closing a question that asks "how
 *       much" or "what" followed by an auxiliary ("How much does someone at your level make?",
 *       "What do analysts earn in their first year?"), but not "What do you make of…" nor "How much
 *       impact did you make".
 *   <li>{@link QuestionFlag#JOB_OPENING}: a specific opening: hiring (not "hiring manager", "hiring
 *       process" and the like), openings, an/any/job opening, an open position/role/job/vacancy,
 *       positions/roles/jobs available, job postings, headcount, "looking to hire", "are you
 *       recruiting".
 *   <li>{@link QuestionFlag#JOB_OFFER}: asking for a job for oneself: "refer me", "hire me", "me a
 *       referral", "put in a (good) word", "recommend me for", "consider me for", "offer me a job",
 *       "get me an interview", "a role for me", "could I get a job", "could I work for you".
 *   <li>{@link QuestionFlag#CLOSED_ENDED}: a question that can be answered yes or no. A sentence is
 *       closed when, after fillers such as "so" or "and", it opens with an auxiliary or modal verb
 *       (is, are, do, does, did, can, could, would, will, have, has, should…), unless it politely
 *       asks for an open answer ("Could you tell me…", "Would you mind describing…", "May I ask
 *       how…"). The text is closed-ended when it asks a closed sentence and no open one (opening
 *       with what, how, why, where, when, who or which). When the text has question marks, only the
 *       sentences they end are questions.
 * </ul>
 */
final class QuestionClassifier {

  private static final Pattern SALARY =
      Pattern.compile(
          "\\b(?:salar(?:y|ies)|compensation|remuneration|wages?|paychecks?|paycheques?"
              + "|payscales?|income|bonus(?:es)?|stock options|six[- ]figures?)\\b"
              + "|\\b(?:pay|pays|paid|paying)\\b(?! (?:attention|off|it forward|forward|back|for"
              + "|tribute|homage|a visit|(?:my |your |their )?dues))"
              + "|\\b(?:make|makes|making|made|earn|earns|earning|earned)"
              + "(?: (?:good|decent|more|less|much|enough|real|big|serious|the most))?"
              + " (?:money|dollars|euros|bucks|cash|a living|six[- ]figures?|a year(?! ago)"
              + "|per year|per annum|an hour|per hour|a month(?! ago)|per month|annually"
              + "|[$€£]|\\d)");

  private static final Pattern JOB_OPENING =
      Pattern.compile(
          "\\bhiring\\b(?! (?:managers?|process(?:es)?|committees?|decisions?|practices|criteria"
              + "|bar|trends|landscape|market|freeze))"
              + "|\\bopenings\\b|\\b(?:job|an|any) opening\\b"
              + "|\\bopen (?:positions?|roles?|jobs?|reqs?|headcount|vacanc(?:y|ies)|spots?)\\b"
              + "|\\bvacanc(?:y|ies)\\b|\\bheadcount\\b"
              + "|\\b(?:positions?|roles?|jobs?) (?:available|open)\\b"
              + "|\\bavailable (?:positions?|roles?|jobs?)\\b"
              + "|\\bjob (?:postings?|ads?|adverts?|listings?)\\b"
              + "|\\b(?:looking|planning|going) to hire\\b"
              + "|\\b(?:are|is) (?:you|they|your \\w+|the \\w+)"
              + " (?:currently |still )?recruiting\\b");

  private static final Pattern JOB_OFFER =
      Pattern.compile(
          "\\b(?:refer|hire|employ) me\\b|\\b(?:recommend|consider) me (?:for|to|as)\\b"
              + "|\\bme a referral\\b|\\breferral for me\\b"
              + "|\\b(?:can|could|may|might) i (?:get|have|ask for) a referral\\b"
              + "|\\bput (?:in )?a (?:good )?word\\b|\\bput a (?:good )?word in\\b"
              + "|\\b(?:offer|give|get|find|land) me (?:a|an|the) (?:job|position|role|internship"
              + "|offer|interview|place|spot)\\b"
              + "|\\bhelp me (?:get|find|land) (?:a|an) (?:job|position|role|internship|offer)\\b"
              + "|\\b(?:job|position|role|internship|opening|place|spot) for me\\b"
              + "|\\b(?:can|could|may|might) i (?:get|have|apply for|be considered for)"
              + " (?:a|an|the) (?:job|position|role|internship|offer)\\b"
              + "|\\b(?:can|could|may|might) i work (?:for|with) you\\b");

  private static final Pattern SENTENCE = Pattern.compile("([^.?!]+)([.?!]+|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private static final Set<String> FILLERS =
      words("so and but also then well okay ok now oh finally");
  private static final Set<String> AUXILIARIES =
      words(
          "am is are was were do does did have has had can could will would shall should "
              + "may might must isn't aren't wasn't weren't don't doesn't didn't haven't hasn't "
              + "hadn't can't cannot couldn't won't wouldn't shouldn't mustn't");
  private static final Set<String> OPEN_WORDS =
      words("what how why where when who whom whose which");
  private static final Set<String> TELLING =
      words(
          "tell describe explain share walk talk elaborate expand outline recount summarize "
              + "summarise paint");
  private static final Set<String> TELLING_ING =
      words(
          "telling describing explaining sharing walking talking elaborating expanding "
              + "outlining");
  private static final Set<String> EARNING =
      words("make makes making made earn earns earning earned");
  private static final Set<String> AFTER_EARNING =
      words(
          "in at as on after before when starting these nowadays typically usually here "
              + "there right now today annually yearly monthly hourly roughly around straight "
              + "initially overall with");

  private QuestionClassifier() {}

  /** The flags of a question; none for a good open question, and none for no text. */
  static Set<QuestionFlag> classify(String question) {
    Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
    if (question == null) {
      return flags;
    }
    String text =
        question
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    List<List<String>> questions = questions(text);
    if (SALARY.matcher(text).find() || questions.stream().anyMatch(q -> asksEarnings(q))) {
      flags.add(QuestionFlag.SALARY);
    }
    if (JOB_OPENING.matcher(text).find()) {
      flags.add(QuestionFlag.JOB_OPENING);
    }
    if (JOB_OFFER.matcher(text).find()) {
      flags.add(QuestionFlag.JOB_OFFER);
    }
    if (questions.stream().anyMatch(q -> isClosed(q))
        && questions.stream().noneMatch(q -> isOpen(q))) {
      flags.add(QuestionFlag.CLOSED_ENDED);
    }
    return Collections.unmodifiableSet(flags);
  }

  /** The words of each question sentence, fillers at its start left out. */
  private static List<List<String>> questions(String text) {
    boolean marked = text.indexOf('?') >= 0;
    List<List<String>> questions = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      if (marked && sentence.group(2).indexOf('?') < 0) {
        continue;
      }
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(sentence.group(1));
      while (word.find()) {
        String w = word.group().replaceAll("^'+|'+$", "");
        if (!w.isEmpty() && !(words.isEmpty() && FILLERS.contains(w))) {
          words.add(w);
        }
      }
      if (!words.isEmpty()) {
        questions.add(words);
      }
    }
    return questions;
  }

  private static boolean isOpen(List<String> words) {
    String first = words.get(0);
    int apostrophe = first.indexOf('\'');
    return OPEN_WORDS.contains(apostrophe < 0 ? first : first.substring(0, apostrophe));
  }

  private static boolean isClosed(List<String> words) {
    return AUXILIARIES.contains(words.get(0)) && !asksForAnOpenAnswer(words);
  }

  /** "Could you (please) tell me…", "Would you mind sharing…", "May I ask how…". */
  private static boolean asksForAnOpenAnswer(List<String> words) {
    if (at(words, 1).equals("you")) {
      int next = at(words, 2).equals("please") ? 3 : 2;
      return TELLING.contains(at(words, next))
          || at(words, next).equals("mind") && TELLING_ING.contains(at(words, next + 1));
    }
    if (at(words, 1).equals("i") && at(words, 2).equals("ask")) {
      int next = at(words, 3).equals("you") ? 4 : 3;
      return OPEN_WORDS.contains(at(words, next));
    }
    return false;
  }

  /** "How much (money) does… make", "What do… earn", the verb of earning taking no object. */
  private static boolean asksEarnings(List<String> words) {
    boolean howMuch =
        at(words, 0).equals("how")
            && at(words, 1).equals("much")
            && (AUXILIARIES.contains(at(words, 2))
                || at(words, 2).equals("money") && AUXILIARIES.contains(at(words, 3)));
    boolean what = at(words, 0).equals("what") && AUXILIARIES.contains(at(words, 1));
    if (!howMuch && !what) {
      return false;
    }
    for (int i = 2; i < words.size(); i++) {
      if (EARNING.contains(words.get(i))
          && (i + 1 == words.size() || AFTER_EARNING.contains(words.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  private static String at(List<String> words, int index) {
    return index < words.size() ? words.get(index) : "";
  }
}
