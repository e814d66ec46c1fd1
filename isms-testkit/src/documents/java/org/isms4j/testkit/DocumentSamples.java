package org.isms4j.testkit;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;

/** The samples a format module's API walk needs: the canonical documents and a file of one. */
public final class DocumentSamples {

    private DocumentSamples() {}

    /**
     * Returns the walk over the module in the working directory, with samples of the canonical
     * register, inventory, plan and SoA, the standard model, a stream of a document as the module
     * writes it, a file of it, an output stream that discards, and a cause.
     *
     * @param document a document as the module writes it, read by the stream sample
     * @param file a file holding it
     * @return the walker, to which the module adds its own samples
     */
    public static ApiWalker walker(byte[] document, Path file) {
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(AssetInventory.class, CanonicalFixture.inventory())
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(StatementOfApplicability.class, Fixtures.canonicalSoa())
                .sample(RiskModel.class, RiskModel.standard())
                .sample(InputStream.class, new ByteArrayInputStream(document))
                .sample(OutputStream.class, OutputStream.nullOutputStream())
                .sample(Path.class, file)
                .sample(Throwable.class, new IllegalStateException("cause"));
    }
}
