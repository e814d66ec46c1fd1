package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerScale;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.TargetRole;
import org.isms4j.json.Formats;

/**
 * The reader of the question set document 診断項目 of the self-assessment and other scored
 * questionnaires: its answer scale, its treatment of "not applicable", its parts and questions.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class QuestionSetReader {

    private QuestionSetReader() {}

    private enum SetProperty { FORMAT, FORMAT_VERSION, ID, VERSION, TITLE, SCALE, NOT_APPLICABLE, PARTS }

    private static final PropertyNames<SetProperty> SET = PropertyNames.of(SetProperty.class,
            EnumSet.of(SetProperty.NOT_APPLICABLE));

    /**
     * Reads the question set document.
     *
     * @param in the input
     * @return the set
     * @throws IOException if the parser fails
     */
    public static QuestionSet questionSet(JsonInput in) throws IOException {
        PropertyLoop<SetProperty> p = in.properties("question set document", SET);
        String id = null;
        String version = null;
        LocalizedText title = null;
        AnswerScale scale = null;
        Optional<NotApplicable> notApplicable = Optional.empty();
        List<QuestionPart> parts = new ArrayList<>();
        for (SetProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.QUESTION_SET);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ID -> id = in.notBlank("id", "question set id");
                case VERSION -> version = in.notBlank("version", "question set version");
                case TITLE -> title = localizedText(in, "title");
                case SCALE -> scale = answerScale(in);
                case NOT_APPLICABLE -> notApplicable = Optional.of(notApplicable(in));
                case PARTS -> {
                    in.expectArray("parts");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "parts", parts.size());
                        parts.add(part(in));
                    }
                }
            }
        }
        p.requireAll();
        String i = id;
        String v = version;
        LocalizedText t = title;
        AnswerScale s = scale;
        Optional<NotApplicable> na = notApplicable;
        return in.core(() -> {
            QuestionSet set = QuestionSet.of(i, v, t, s, parts);
            return na.isPresent() ? set.withNotApplicable(na.get()) : set;
        });
    }

    private enum TextProperty { JAPANESE, ENGLISH }

    private static final PropertyNames<TextProperty> TEXT = PropertyNames.of(TextProperty.class,
            EnumSet.allOf(TextProperty.class));

    /**
     * Reads a text in Japanese, English or both, {@code {"japanese": "基本的対策", "english": "basic measures"}}.
     *
     * @param in the input
     * @param what the text, for a type error and a missing text
     * @return the text
     * @throws IOException if the parser fails
     */
    static LocalizedText localizedText(JsonInput in, String what) throws IOException {
        PropertyLoop<TextProperty> p = in.properties(what, TEXT);
        Optional<String> japanese = Optional.empty();
        Optional<String> english = Optional.empty();
        for (TextProperty f; (f = p.next()) != null;) {
            switch (f) {
                case JAPANESE -> japanese = Optional.of(in.notBlank("japanese", what + " (ja)"));
                case ENGLISH -> english = Optional.of(in.notBlank("english", what + " (en)"));
            }
        }
        if (japanese.isEmpty() && english.isEmpty()) {
            throw in.error("Missing property: 'japanese' or 'english'");
        }
        Optional<String> ja = japanese;
        Optional<String> en = english;
        return in.core(() -> ja.isEmpty() ? LocalizedText.ofEnglish(what, en.get())
                : en.isEmpty() ? LocalizedText.ofJapanese(what, ja.get()) : LocalizedText.of(what, ja.get(), en.get()));
    }

    private enum ScaleProperty { ANSWERS, UNKNOWN }

    private static final PropertyNames<ScaleProperty> SCALE = PropertyNames.of(ScaleProperty.class,
            EnumSet.of(ScaleProperty.UNKNOWN));

    /**
     * Reads an answer scale, its answers best first and the code of its "unknown" answer if any.
     *
     * @param in the input
     * @return the scale
     * @throws IOException if the parser fails
     */
    static AnswerScale answerScale(JsonInput in) throws IOException {
        PropertyLoop<ScaleProperty> p = in.properties("answer scale", SCALE);
        List<Answer> answers = new ArrayList<>();
        Optional<String> unknown = Optional.empty();
        for (ScaleProperty f; (f = p.next()) != null;) {
            switch (f) {
                case ANSWERS -> {
                    in.expectArray("answers");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "answers", answers.size());
                        answers.add(answer(in));
                    }
                }
                case UNKNOWN -> unknown = Optional.of(in.text("unknown"));
            }
        }
        p.requireAll();
        Optional<String> u = unknown;
        return in.core(() -> u.isPresent() ? AnswerScale.of(answers, u.get()) : AnswerScale.of(answers));
    }

    private enum AnswerProperty { CODE, JAPANESE, ENGLISH, POINTS }

    private static final PropertyNames<AnswerProperty> ANSWER = PropertyNames.of(AnswerProperty.class);

    private static Answer answer(JsonInput in) throws IOException {
        PropertyLoop<AnswerProperty> p = in.properties("answer", ANSWER);
        String code = null;
        String japanese = null;
        String english = null;
        int points = 0;
        for (AnswerProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CODE -> code = in.text("code");
                case JAPANESE -> japanese = in.notBlank("japanese", "japanese");
                case ENGLISH -> english = in.notBlank("english", "english");
                case POINTS -> points = in.intIn("points", "answer points", Answer.MIN_POINTS, Answer.MAX_POINTS);
            }
        }
        p.requireAll();
        String c = code;
        String ja = japanese;
        String en = english;
        int pts = points;
        return in.core(() -> Answer.of(c, ja, en, pts));
    }

    private enum NotApplicableProperty { KIND, ANSWER }

    private static final PropertyNames<NotApplicableProperty> NOT_APPLICABLE = PropertyNames.of(
            NotApplicableProperty.class, EnumSet.of(NotApplicableProperty.ANSWER));

    private static NotApplicable notApplicable(JsonInput in) throws IOException {
        PropertyLoop<NotApplicableProperty> p = in.properties("notApplicable", NOT_APPLICABLE);
        String kind = null;
        String answer = null;
        for (NotApplicableProperty f; (f = p.next()) != null;) {
            switch (f) {
                case KIND -> {
                    kind = in.text("kind");
                    if (!kind.equals(Formats.EXCLUDED_FROM_MAXIMUM) && !kind.equals(Formats.SCORED_AS)) {
                        throw in.error(Checks.unknown("not-applicable kind",
                                JsonFailures.escape(kind, JsonInput.QUOTED_TEXT_LIMIT),
                                Formats.EXCLUDED_FROM_MAXIMUM + ", " + Formats.SCORED_AS).getMessage());
                    }
                }
                case ANSWER -> answer = in.text("answer");
            }
        }
        p.requireAll();
        if (kind.equals(Formats.EXCLUDED_FROM_MAXIMUM)) {
            if (answer != null) {
                throw in.errorAtProperty(Checks.format("Unknown property for kind '%s': 'answer' (valid values kind)",
                        kind), "answer");
            }
            return NotApplicable.excludedFromMaximum();
        }
        p.requireAll(EnumSet.of(NotApplicableProperty.ANSWER));
        String a = answer;
        return in.core(() -> NotApplicable.scoredAs(a));
    }

    private enum PartProperty { NUMBER, TITLE, SCALE, QUESTIONS }

    private static final PropertyNames<PartProperty> PART = PropertyNames.of(PartProperty.class,
            EnumSet.of(PartProperty.SCALE));

    private static QuestionPart part(JsonInput in) throws IOException {
        PropertyLoop<PartProperty> p = in.properties("part", PART);
        int number = 0;
        LocalizedText title = null;
        Optional<AnswerScale> scale = Optional.empty();
        List<Question> questions = new ArrayList<>();
        for (PartProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "part number", 1, QuestionPart.MAX_NUMBER);
                case TITLE -> title = localizedText(in, "title");
                case SCALE -> scale = Optional.of(answerScale(in));
                case QUESTIONS -> {
                    in.expectArray("questions");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "questions", questions.size());
                        questions.add(question(in));
                    }
                }
            }
        }
        p.requireAll();
        int n = number;
        LocalizedText t = title;
        Optional<AnswerScale> s = scale;
        return in.core(() -> {
            QuestionPart part = QuestionPart.of(n, t, questions);
            return s.isPresent() ? part.withScale(s.get()) : part;
        });
    }

    private enum QuestionProperty { NUMBER, TEXT, CATEGORY, TARGET_ROLES, ANNEX_A, MEASURES }

    private static final PropertyNames<QuestionProperty> QUESTION = PropertyNames.of(QuestionProperty.class,
            EnumSet.of(QuestionProperty.CATEGORY, QuestionProperty.TARGET_ROLES, QuestionProperty.ANNEX_A,
                    QuestionProperty.MEASURES));

    private static Question question(JsonInput in) throws IOException {
        PropertyLoop<QuestionProperty> p = in.properties("question", QUESTION);
        int number = 0;
        LocalizedText text = null;
        Optional<String> category = Optional.empty();
        Set<TargetRole> roles = Set.of();
        List<String> annexA = new ArrayList<>();
        List<String> measures = List.of();
        for (QuestionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "question number", 1, Question.MAX_NUMBER);
                case TEXT -> text = localizedText(in, "text");
                case CATEGORY -> category = Optional.of(in.notBlank("category", "category"));
                case TARGET_ROLES -> roles = JsonArrays.terms(in, "targetRoles", TargetRole.class, "target role",
                        TargetRole::ofCode);
                case ANNEX_A -> {
                    in.expectArray("annexA");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "annexA", annexA.size());
                        annexA.add(TreatmentReader.canonicalAnnexA(in, "Annex A control"));
                    }
                }
                case MEASURES -> measures = JsonArrays.texts(in, "measures", "measure");
            }
        }
        p.requireAll();
        int n = number;
        LocalizedText t = text;
        Optional<String> c = category;
        Set<TargetRole> r = roles;
        List<String> m = measures;
        return in.core(() -> {
            Question question = Question.of(n, t).withTargetRoles(r.toArray(new TargetRole[0]))
                    .withAnnexA(annexA.toArray(new String[0])).withMeasures(m.toArray(new String[0]));
            return c.isPresent() ? question.withCategory(c.get()) : question;
        });
    }
}
