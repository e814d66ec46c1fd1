package org.isms4j.examples;

import org.isms4j.core.RiskModel;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;

/**
 * The bundled example of the walkthrough ({@code example-register.json} and
 * {@code example-plan.json}): the source's canonical three risks (docs/method.md#canonical-example) as
 * {@link ComprehensiveApproachExample} builds them step by step, through treatment, second
 * evaluation and the plan (docs/method.md#treatment-plan).
 */
public final class CanonicalRegister {

    private CanonicalRegister() {}

    /**
     * Returns the three risks, each with its first evaluation.
     *
     * @param model the model to score with
     * @return the register before treatment
     */
    public static RiskRegister assessed(RiskModel model) {
        return ComprehensiveApproachExample.assess(model, ComprehensiveApproachExample.inventory());
    }

    /**
     * Returns the register after treatment and second evaluation, with risk 3's residual risk
     * accepted, approved.
     *
     * @param model the model to score with
     * @return the treated register
     */
    public static RiskRegister treated(RiskModel model) {
        RiskRegister treated = ComprehensiveApproachExample.treat(assessed(model));
        return ComprehensiveApproachExample.approve(
                ComprehensiveApproachExample.acceptResidual(ComprehensiveApproachExample.evaluateAgain(treated)));
    }

    /**
     * Returns the treatment plan: one row per control, traced to its risk, drafted from the
     * treated register.
     *
     * @return the plan
     */
    public static TreatmentPlan plan() {
        return ComprehensiveApproachExample.plan(ComprehensiveApproachExample.treat(assessed(RiskModel.standard())));
    }
}
