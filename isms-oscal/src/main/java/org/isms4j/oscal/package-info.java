/**
 * NIST OSCAL documents from isms4j: the ISO/IEC 27001:2022 Annex A catalogue as an OSCAL catalog,
 * the 2013 → 2022 correspondence as an OSCAL 1.2 mapping collection, and the risk register with
 * its risk treatment plan リスク対応計画 as an OSCAL plan of action and milestones (POA&amp;M).
 *
 * <p>Start at {@link org.isms4j.oscal.OscalExporter}: {@code catalog(locale)},
 * {@code catalog(provider, locale)}, {@code mapping()} and {@code poam(organization, register, plan)}
 * give the documents as JSON text, and the {@code write*} methods write them to a stream.
 * {@link org.isms4j.oscal.OscalIds} gives the OSCAL ids ({@code a.5.12}, sort id
 * {@code a.05.12}), and {@link org.isms4j.oscal.MappingRelationship} the relationship of a 2013
 * and a 2022 control read from the correspondence. The method behind the register is described in
 * the project's {@code docs/method.md}; the OSCAL shapes in {@code docs/oscal.md}.
 *
 * <p>No ISO text ships: each control's statement part is a placeholder naming the standard and
 * the control, unless a licensee's {@link org.isms4j.annexa.ControlTextProvider} gives the text.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Every domain rule throws
 * {@link org.isms4j.core.IsmsException}, such as
 * {@code Invalid value for version (must not be blank): ' '}.
 *
 * <p>Worked example (the canonical risk 3 of the source, levels 9 → 6; its controls 5.12 and
 * 5.13 continue the 2013 controls A.8.2.1 and A.8.2.2):
 * <pre>{@code
 * import org.isms4j.annexa.AnnexA;
 * import org.isms4j.annexa.ControlId;
 *
 * ControlId classification = ControlId.parse("5.12");
 * System.out.println(OscalIds.controlId(classification) + " " + OscalIds.sortId(classification) + " "
 *         + MappingRelationship.between(AnnexA.get2013("A.8.2.1").id(), classification).oscalValue() + " "
 *         + MappingRelationship.between(AnnexA.get2013("A.8.2.2").id(), ControlId.parse("5.13")).oscalValue());
 * // prints: a.5.12 a.05.12 equivalent-to equivalent-to
 * }</pre>
 */
package org.isms4j.oscal;
