package io.rapport.command.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.api.chat.QuestionFlag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which prepared questions get which flags, including questions that must not be flagged. */
class QuestionClassifierTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # the examples of the issue
          What do you enjoy most about your role?                       |
          Is your team hiring right now?                                | JOB_OPENING CLOSED_ENDED
          How much does someone at your level make?                     | SALARY
          Could you refer me for the open position?          | JOB_OPENING JOB_OFFER CLOSED_ENDED
          # open questions
          How did you get into data science?                            |
          Why did you choose consulting over industry?                  |
          What does a typical day look like for you?                    |
          Which skills matter most in your first year?                  |
          Where do you see the industry going in five years?            |
          Who has influenced your career the most?                      |
          What's the biggest challenge your team faces?                 |
          What’s one lesson you learned the hard way?                   |
          Tell me about a project you are proud of.                     |
          I'd love to hear about your path into product management.     |
          Do you enjoy it? What do you enjoy most?                      |
          # closed questions
          Do you like working remotely?                                 | CLOSED_ENDED
          Did you study computer science?                               | CLOSED_ENDED
          Are you happy at Acme?                                        | CLOSED_ENDED
          Have you always worked in finance?                            | CLOSED_ENDED
          Has the team grown since you joined?                          | CLOSED_ENDED
          Should I learn Python before SQL?                             | CLOSED_ENDED
          Would you recommend a master's degree?                        | CLOSED_ENDED
          Will remote work last?                                        | CLOSED_ENDED
          Would you say the market is growing?                          | CLOSED_ENDED
          Isn't the job stressful?                                      | CLOSED_ENDED
          Don’t you miss academia?                                      | CLOSED_ENDED
          So, do you enjoy the travel?                                  | CLOSED_ENDED
          And is the culture collaborative?                             | CLOSED_ENDED
          I read about your move to Berlin. Was that a hard decision?   | CLOSED_ENDED
          Is there anything you wish you had known earlier?             | CLOSED_ENDED
          DO YOU LIKE YOUR JOB?                                         | CLOSED_ENDED
          do you enjoy your job                                         | CLOSED_ENDED
          # polite requests for an open answer
          Could you tell me how you got your first role?                |
          Can you describe a typical week?                              |
          Would you walk me through your last project?                  |
          Could you please explain how your team sets priorities?      |
          Would you mind sharing how you prepared for the switch?       |
          May I ask how you found your mentor?                          |
          Can I ask you a question?                                     | CLOSED_ENDED
          # salary
          What's the salary range for a junior analyst?                 | SALARY
          How is compensation structured at your company?               | SALARY
          Does the role pay well?                                       | SALARY CLOSED_ENDED
          Is the internship paid?                                       | SALARY CLOSED_ENDED
          Isn’t the pay low for the hours?                              | SALARY CLOSED_ENDED
          What do data scientists earn in their first year?             | SALARY
          What do junior consultants make?                              | SALARY
          How much money do engineers make here?                        | SALARY
          How much would I make a year?                                 | SALARY
          Can you make good money in UX research?                       | SALARY CLOSED_ENDED
          Do analysts earn six figures?                                 | SALARY CLOSED_ENDED
          How big are the bonuses?                                      | SALARY
          What is a typical starting wage in the field?                 | SALARY
          # not about salary
          How did you learn to pay attention to detail?                 |
          Did the late nights pay off?                                  | CLOSED_ENDED
          How do you pay it forward to juniors?                         |
          Does the company pay for conferences?                         | CLOSED_ENDED
          What do you make of the new AI regulation?                    |
          What did you make of the reorganisation?                      |
          How much impact did you make in your first year?              |
          What difference did the move make?                            |
          How did you earn their trust?                                 |
          How much time do you spend in meetings?                       |
          How much do you travel?                                       |
          How did last quarter's earnings affect your team?             |
          What decisions do you make on your own?                       |
          What was the decision you made a year ago like?               |
          # job openings
          Are there any openings on your team?                          | JOB_OPENING CLOSED_ENDED
          Is there an opening for a junior analyst?                     | JOB_OPENING CLOSED_ENDED
          Do you have any open roles in marketing?                      | JOB_OPENING CLOSED_ENDED
          Are there positions available for graduates?                  | JOB_OPENING CLOSED_ENDED
          What vacancies do you expect next spring?                     | JOB_OPENING
          Is Acme looking to hire data engineers?                       | JOB_OPENING CLOSED_ENDED
          Where can I find your job postings?                           | JOB_OPENING
          Are you recruiting for the summer programme?                  | JOB_OPENING CLOSED_ENDED
          How many people is your team hiring this year?                | JOB_OPENING
          Ask whether they are hiring                                   | JOB_OPENING
          # not about openings
          What do hiring managers look for in a portfolio?              |
          How does the hiring process differ at startups?               |
          What was the most eye-opening part of your first year?        |
          How did the opening of the Berlin office change your role?    |
          How do you stay open to new ideas?                            |
          How are new hires onboarded?                                  |
          What makes a role rewarding for you?                          |
          # asking for a job
          Would you refer me to your recruiter?                         | JOB_OFFER CLOSED_ENDED
          Could you put in a good word for me?                          | JOB_OFFER CLOSED_ENDED
          Could you put in a  good\tword for me?                         | JOB_OFFER CLOSED_ENDED
          Can you hire me as an intern?                                 | JOB_OFFER CLOSED_ENDED
          Is there a role for me on your team?                          | JOB_OFFER CLOSED_ENDED
          Could I get a job at Acme?                                    | JOB_OFFER CLOSED_ENDED
          Would you consider me for an internship?                      | JOB_OFFER CLOSED_ENDED
          Could you give me a referral?                                 | JOB_OFFER CLOSED_ENDED
          Can you help me get a job in your company?                    | JOB_OFFER CLOSED_ENDED
          How could I get an interview with your team?                  |
          # not asking for a job
          Could you recommend me a good book on statistics?             | CLOSED_ENDED
          How important are referrals in your industry?                 |
          What advice would you offer me as a career changer?           |
          How did you negotiate your first job offer?                   |
          What made you say yes to your current offer?                  |
          """)
  void flagsAQuestion(String question, String expected) {
    assertThat(QuestionClassifier.classify(question)).isEqualTo(flags(expected));
  }

  @Test
  void flagsNothingWithoutText() {
    assertThat(QuestionClassifier.classify(null)).isEmpty();
    assertThat(QuestionClassifier.classify("")).isEmpty();
    assertThat(QuestionClassifier.classify(" ?!. ")).isEmpty();
  }

  private static Set<QuestionFlag> flags(String names) {
    Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
    if (names != null) {
      Arrays.stream(names.trim().split("\\s+")).map(QuestionFlag::valueOf).forEach(flags::add);
    }
    return flags;
  }
}
