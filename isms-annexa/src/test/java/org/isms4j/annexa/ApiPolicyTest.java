package org.isms4j.annexa;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.GapCheck;
import org.isms4j.annexa.soa.InvalidSoaException;
import org.isms4j.annexa.soa.SelfAssessmentProposal;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;

/** The null policy and the bounded echo over isms-annexa's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @Override
    public ApiWalker walker() {
        QuestionSet set = QuestionSets.selfAssessmentPart1();
        Map<Integer, String> answers = new TreeMap<>();
        for (Question question : set.questions()) {
            answers.put(question.number(), set.scaleOf(question.number()).answers().get(0).code());
        }
        // A.8.3.1 and A.11.2.5 both became 7.10: decided differently, they conflict.
        SoaMigration migration = SoaMigration.of(Map.of(Iso2013ControlId.parse("A.8.3.1"),
                Decision.applicable("x"), Iso2013ControlId.parse("A.11.2.5"), Decision.excluded("y")));
        GapCheck gaps = SoaReport.gapCheck(CanonicalFixture.treated());
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(StringReader.class, new StringReader("5.12.statement=Our statement\n"))
                .sample(Predicate.class, control -> true)
                .sample(ControlText.class, ControlText.of("Our statement", "Our guidance"))
                .sample(UnknownControlException.class, new UnknownControlException("Unknown control: '5.99'", "5.99"))
                .sample(Consideration.class, Consideration.of(ControlId.parse("5.12"), 1, "理由", "委員長",
                        LocalDate.of(2023, 10, 2)))
                .sample(Decision.class, Decision.of(Applicability.APPLICABLE))
                .sample(GapCheck.class, gaps)
                .sample(InvalidSoaException.class, new InvalidSoaException(StatementOfApplicability.empty().problems()))
                .sample(SoaMigration.class, migration)
                .sample(SelfAssessmentResult.class, SelfAssessmentResult.ofCodes(set, answers))
                .sample(SelfAssessmentProposal.class, SelfAssessmentProposal.of(SelfAssessmentResult.ofCodes(set, answers)));
    }
}
