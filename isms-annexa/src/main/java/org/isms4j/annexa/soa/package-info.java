/**
 * The Statement of Applicability 適用宣言書 (steps 3 - 4 of risk treatment and the SoA, see
 * {@code docs/method.md}): one {@link org.isms4j.annexa.soa.Decision} per Annex A control in a
 * {@link org.isms4j.annexa.soa.StatementOfApplicability}, its validation, its draft from risk
 * treatments, the gap check and the migration from a 2013-based SoA.
 *
 * <p>Main types: {@link org.isms4j.annexa.soa.StatementOfApplicability} (decisions by control;
 * {@code ofTreatments} drafts one; {@code problems}, {@code isComplete}, {@code validate};
 * {@code summary}); {@link org.isms4j.annexa.soa.Decision} (applicable ○ or excluded ×,
 * {@link org.isms4j.annexa.soa.ImplementationStatus}, reason as text and
 * {@link org.isms4j.annexa.soa.ReasonCode codes}, risks, documents, evidence);
 * {@link org.isms4j.annexa.soa.GapCheck} ("did we miss anything?": for each risk the Annex A
 * controls no treatment names, ranked as {@link org.isms4j.annexa.soa.Suggestion suggestions} with
 * {@link org.isms4j.annexa.soa.SuggestionReason reasons} on the grounds of
 * {@link org.isms4j.annexa.soa.SuggestionBasis}, and the assessor's
 * {@link org.isms4j.annexa.soa.Consideration considerations} that stop a suggestion coming back);
 * {@link org.isms4j.annexa.soa.SoaMigration} (2013 → 2022); {@link org.isms4j.annexa.soa.SoaSummary}
 * (counts by theme × {@link org.isms4j.annexa.soa.DecisionState}); and the labels of the form's
 * columns, {@link org.isms4j.annexa.soa.SoaColumn}. The treatment input is plain, a map from risk
 * number to the Annex A controls its treatment names, so that any risk register can feed it.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}; an incomplete SoA is a legal value, and only
 * {@code validate()} throws for it ({@link org.isms4j.annexa.soa.InvalidSoaException}, keeping
 * the problems).
 *
 * <p>Worked example (the canonical fixture of {@code docs/method.md}): risk 3 is reduced with 5.12 and 5.13;
 * risks 1 and 2 name no Annex A control. The draft makes 5.12 and 5.13 applicable for the risk
 * assessment result of risk 3 and leaves the other 91 controls undecided.
 * <pre>{@code
 * import java.util.List;
 * import java.util.Map;
 * import org.isms4j.annexa.ControlId;
 *
 * ControlId classification = ControlId.parse("5.12");
 * ControlId labelling = ControlId.parse("5.13");
 * StatementOfApplicability draft = StatementOfApplicability.ofTreatments(
 *         Map.of(1, List.of(), 2, List.of(), 3, List.of(classification, labelling)));
 * Decision decision = draft.find(classification).orElseThrow();
 * System.out.println(decision.reasonCodes() + " " + decision.riskNumbers() + " "
 *         + draft.undecided().size() + " " + draft.isComplete());
 * // prints: [RISK_ASSESSMENT_RESULT] [3] 91 false
 * }</pre>
 */
@AnnexaStyle
package org.isms4j.annexa.soa;

import org.isms4j.annexa.internal.AnnexaStyle;
