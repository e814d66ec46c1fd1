package org.isms4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;

/**
 * Reads an LV.2 answer sheet 自社診断の回答 from the command's own JSON form (the library has no file
 * format for sheets yet), and builds it on the core's {@link AnswerSheet#of}:
 * <pre>{@code
 * {"questionSet": "ipa-self-assessment-part1-example", "respondent": "情報システム担当",
 *  "department": "本社", "answered": "2024-04-01",
 *  "answers": {"1": "implemented", "2": "partly_implemented", "3": "implemented",
 *              "4": "not_implemented", "5": "unknown"}}
 * }</pre>
 * Every property is required and no other is allowed; the core rejects a missing, unknown or
 * off-scale answer naming the question.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SheetReader {

    private static final Set<String> PROPERTIES = Set.of("questionSet", "respondent", "department", "answered",
            "answers");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SheetReader() {}

    /**
     * Reads a sheet.
     *
     * @param in the JSON, not null
     * @return the sheet, not null
     * @throws IsmsException naming the JSON path of the problem
     */
    static AnswerSheet read(InputStream in) {
        JsonNode sheet;
        try {
            sheet = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IsmsException("$: Invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sheet == null || !sheet.isObject()) {
            throw new IsmsException("$: Invalid answer sheet: expected an object");
        }
        for (Map.Entry<String, JsonNode> property : sheet.properties()) {
            String name = property.getKey();
            if (!PROPERTIES.contains(name)) {
                throw new IsmsException("$." + name + ": Unknown property of an answer sheet: '" + name + "'");
            }
        }
        QuestionSet set = questionSet(text(sheet, "questionSet"));
        LocalDate answered;
        try {
            answered = LocalDate.parse(text(sheet, "answered"));
        } catch (DateTimeParseException e) {
            throw new IsmsException("$.answered: Invalid value for answered (a date YYYY-MM-DD): '"
                    + sheet.get("answered").asText() + "'");
        }
        JsonNode answers = sheet.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new IsmsException("$.answers: Invalid answers: expected an object of answer codes by question number");
        }
        Map<Integer, String> codes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : answers.properties()) {
            int number;
            try {
                number = Integer.parseInt(field.getKey());
            } catch (NumberFormatException e) {
                throw new IsmsException("$.answers." + field.getKey() + ": Invalid question number: '"
                        + field.getKey() + "'");
            }
            if (!field.getValue().isTextual()) {
                throw new IsmsException("$.answers." + number + ": Invalid answer: expected an answer code");
            }
            codes.put(number, field.getValue().asText());
        }
        try {
            return AnswerSheet.of(set, text(sheet, "respondent"), text(sheet, "department"), answered, codes);
        } catch (IsmsException e) {
            throw new IsmsException("$.answers: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode sheet, String name) {
        JsonNode value = sheet.get(name);
        if (value == null || !value.isTextual()) {
            throw new IsmsException("$." + name + ": Missing or not a text: " + name);
        }
        return value.asText();
    }

    private static QuestionSet questionSet(String id) {
        for (QuestionSet set : new QuestionSet[] {QuestionSets.selfAssessmentPart1(), QuestionSets.cloudOperation()}) {
            if (set.id().equals(id)) {
                return set;
            }
        }
        throw new IsmsException("$.questionSet: Unknown question set: '" + id + "' (valid values "
                + QuestionSets.selfAssessmentPart1().id() + ", " + QuestionSets.cloudOperation().id() + ")");
    }
}
