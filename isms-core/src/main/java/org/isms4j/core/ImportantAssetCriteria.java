package org.isms4j.core;

/**
 * Ready-made criteria for an important asset 重要資産.
 *
 * <p>This class is thread-safe.
 */
public final class ImportantAssetCriteria {

    private static final ImportantAssetCriterion ANY_RATING_AT_TOP = ImportantAssetCriterion.anyRatingAtTop();

    private ImportantAssetCriteria() {}

    /**
     * Returns the source's criterion: any of confidentiality, integrity and availability at the
     * top of its scale, so that (3, 1, 1) is important on the 1 - 3 scales and (2, 2, 2) is not.
     *
     * @return the criterion, not null
     */
    public static ImportantAssetCriterion anyRatingAtTop() {
        return ANY_RATING_AT_TOP;
    }

    /**
     * Returns the criterion "importance reaches a minimum", such as importance ≥ 2.
     *
     * @param minimum the minimum importance, 0 - 10
     * @return the criterion, not null
     * @throws IsmsException if the minimum is outside 0 - 10
     */
    public static ImportantAssetCriterion importanceAtLeast(int minimum) {
        return ImportantAssetCriterion.importanceAtLeast(minimum);
    }
}
