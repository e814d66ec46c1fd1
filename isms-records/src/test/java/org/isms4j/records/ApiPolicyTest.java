package org.isms4j.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.records.context.ScopeExclusion;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.operation.UnregisteredDocument;
import org.isms4j.records.review.ReviewRecords;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;

/** The null policy and the bounded echo over isms-records's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @Override
    public ApiWalker walker() {
        List<UnregisteredDocument> unregistered = ExampleCompany.annualPlan()
                .unregisteredDocuments(DocumentRegister.of(List.of()));
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(Period.class, Period.ofDays(7))
                .sample(AnswerSheet.class, ExampleCompany.sheet(ExampleCompany.trainingRecord().attendees().get(0),
                        LocalDate.of(2023, 10, 5), Map.of()))
                .sample(ScopeExclusion.class, ScopeExclusion.of("開発部門", "ソフトウェア開発を行わない"))
                .sample(UnregisteredDocument.class, unregistered.get(0))
                .sample(ReviewRecords.class, ReviewRecords.of(Optional.of(ExampleCompany.managementReview()),
                        List.of(ExampleCompany.correctiveAction()), Optional.of(ExampleCompany.effectiveness()),
                        List.of(ExampleCompany.auditReport()), Optional.of(CanonicalFixture.plan())));
    }
}
