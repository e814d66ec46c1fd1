package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.risk.Risk;

/**
 * The words of a risk's text that suggest ISO/IEC 27002 attribute values, behind the ranking of
 * the {@link GapCheck}: the table of words per operational capability and cybersecurity concept,
 * and the words of one risk's source and event found in it.
 *
 * <p>The words of a value are its Japanese and English names, then a short list of everyday
 * Japanese and English words of risk registers, such as 教育 and {@code training} for human
 * resource security. A word is found when the text contains it, ignoring case; of the words found
 * for one value, one that a longer one contains is left out (不明 beside 不明確), since it says
 * nothing more. Japanese has no spaces between words, so containment is the only test that serves
 * both languages, and the English words are chosen long enough not to hide inside others.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RiskWords {

    /** The words that suggest each value, capabilities then concepts, in their vocabularies' order. */
    private static final Map<VocabularyTerm, List<String>> WORDS = table();

    /** Every word of the table in lowercase, by the word. */
    private static final Map<String, String> LOWER = lowercase();
    /** Each control's Japanese and English titles in lowercase, on two lines, by the control. */
    private static final Map<ControlId, String> TITLES = titles();

    /** Per value, the words found in the risk source, for the values with any. */
    private final Map<VocabularyTerm, List<String>> inSource;
    /** Per value, the words found in the event, for the values with any. */
    private final Map<VocabularyTerm, List<String>> inEvent;
    /** Every word found, those of the risk source first, each once. */
    private final List<String> found;

    private RiskWords(Map<VocabularyTerm, List<String>> inSource, Map<VocabularyTerm, List<String>> inEvent,
            List<String> found) {
        this.inSource = inSource;
        this.inEvent = inEvent;
        this.found = found;
    }

    private static Map<VocabularyTerm, List<String>> table() {
        Map<VocabularyTerm, List<String>> words = new LinkedHashMap<>();
        put(words, OperationalCapability.GOVERNANCE, "ルール", "規程", "規則", "方針", "責任", "体制", "未整備", "rule",
                "policy", "policies", "responsibilit", "not established");
        put(words, OperationalCapability.ASSET_MANAGEMENT, "資産", "機器", "端末", "モバイル", "スマートフォン", "パソコン",
                "媒体", "USB", "持ち出し", "紛失", "盗難", "取扱い", "取り扱い", "asset", "device", "mobile", "laptop",
                "smartphone", "media", "carried", "loss", "theft", "handling");
        put(words, OperationalCapability.INFORMATION_PROTECTION, "分類", "取扱い", "取り扱い", "ラベル", "漏えい", "漏洩",
                "流出", "誤送信", "紛失", "classification", "handling", "label", "leak", "misdeliver", "disclosure",
                "loss");
        put(words, OperationalCapability.HUMAN_RESOURCE_SECURITY, "教育", "訓練", "研修", "意識", "社員", "従業員", "職員",
                "退職", "採用", "education", "training", "awareness", "staff", "employee", "personnel", "leaver");
        put(words, OperationalCapability.PHYSICAL_SECURITY, "外出", "社外", "持ち出し", "盗難", "入退", "施錠", "施設",
                "事務所", "オフィス", "物理", "火災", "停電", "outside", "off-site", "off-premises", "theft", "premises",
                "office", "physical");
        put(words, OperationalCapability.SYSTEM_AND_NETWORK_SECURITY, "ネットワーク", "無線", "Wi-Fi", "サーバ", "システム",
                "ファイアウォール", "通信", "network", "wireless", "server", "firewall", "system");
        put(words, OperationalCapability.APPLICATION_SECURITY, "アプリ", "ソフトウェア", "開発", "プログラム", "application",
                "software", "develop", "coding");
        put(words, OperationalCapability.SECURE_CONFIGURATION, "設定", "構成", "暗号", "configur", "settings", "encrypt",
                "cryptograph");
        put(words, OperationalCapability.IDENTITY_AND_ACCESS_MANAGEMENT, "パスワード", "認証", "アクセス", "権限",
                "アカウント", "なりすまし", "password", "authenticat", "access", "privilege", "account", "credential");
        put(words, OperationalCapability.THREAT_AND_VULNERABILITY_MANAGEMENT, "脆弱性", "脅威", "パッチ", "アップデート",
                "マルウェア", "ウイルス", "ランサム", "攻撃", "vulnerab", "patch", "malware", "virus", "ransom",
                "attack", "threat");
        put(words, OperationalCapability.CONTINUITY, "バックアップ", "停止", "障害", "災害", "継続", "停電", "backup",
                "outage", "disaster", "downtime", "failure");
        put(words, OperationalCapability.SUPPLIER_RELATIONSHIPS_SECURITY, "委託", "供給者", "取引先", "業者", "クラウド",
                "ベンダ", "supplier", "vendor", "outsourc", "cloud", "contractor", "third part");
        put(words, OperationalCapability.LEGAL_AND_COMPLIANCE, "法令", "法律", "規制", "契約", "個人情報", "著作権", "legal",
                "regulat", "statut", "contract", "privacy", "personal data", "copyright");
        put(words, OperationalCapability.INFORMATION_SECURITY_EVENT_MANAGEMENT, "インシデント", "事故", "ログ", "監視",
                "報告", "incident", "logging", "monitoring", "report");
        put(words, OperationalCapability.INFORMATION_SECURITY_ASSURANCE, "監査", "レビュー", "点検", "検証", "audit",
                "review", "verif");
        put(words, CybersecurityConcept.IDENTIFY, "不明確", "不明", "把握", "洗い出し", "特定", "unclear", "unknown",
                "not identified", "inventory");
        put(words, CybersecurityConcept.PROTECT, "未整備", "不足", "未実施", "防止", "保護", "not established",
                "insufficient", "lack", "missing", "prevent");
        put(words, CybersecurityConcept.DETECT, "発見", "気付", "監視", "見逃", "unnoticed", "notice", "monitor");
        put(words, CybersecurityConcept.RESPOND, "報告", "連絡", "初動", "response", "report");
        put(words, CybersecurityConcept.RECOVER, "復元", "回復", "再開", "restor");
        return Collections.unmodifiableMap(words);
    }

    private static Map<String, String> lowercase() {
        Map<String, String> lower = new HashMap<>();
        for (List<String> words : WORDS.values()) {
            for (String word : words) {
                lower.put(word, word.toLowerCase(Locale.ROOT));
            }
        }
        return lower;
    }

    private static Map<ControlId, String> titles() {
        Map<ControlId, String> titles = new HashMap<>();
        for (Control control : AnnexA.all()) {
            titles.put(control.id(), (control.japaneseTitle() + "\n" + control.englishTitle()).toLowerCase(Locale.ROOT));
        }
        return titles;
    }

    private static void put(Map<VocabularyTerm, List<String>> table, VocabularyTerm term, String... words) {
        Set<String> all = new LinkedHashSet<>();
        all.add(term.getDisplayName(Locale.JAPANESE));
        all.add(term.getDisplayName(Locale.ENGLISH));
        all.addAll(List.of(words));
        table.put(term, List.copyOf(all));
    }

    /**
     * Returns the words that suggest a value.
     *
     * @param term an operational capability or a cybersecurity concept
     * @return the words, its names first; empty for any other term
     */
    static List<String> suggesting(VocabularyTerm term) {
        return WORDS.getOrDefault(term, List.of());
    }

    /**
     * Finds the words of a risk's source and event.
     *
     * @param risk the risk
     * @return the words found
     */
    static RiskWords of(Risk risk) {
        String source = risk.riskSource().toLowerCase(Locale.ROOT);
        String event = risk.event().toLowerCase(Locale.ROOT);
        Map<VocabularyTerm, List<String>> inSource = new LinkedHashMap<>();
        Map<VocabularyTerm, List<String>> inEvent = new LinkedHashMap<>();
        Set<String> found = new LinkedHashSet<>();
        Set<String> foundInEvent = new LinkedHashSet<>();
        for (Map.Entry<VocabularyTerm, List<String>> entry : WORDS.entrySet()) {
            List<String> sourceWords = contained(source, entry.getValue());
            List<String> eventWords = contained(event, entry.getValue());
            if (!sourceWords.isEmpty()) {
                inSource.put(entry.getKey(), sourceWords);
            }
            if (!eventWords.isEmpty()) {
                inEvent.put(entry.getKey(), eventWords);
            }
            found.addAll(sourceWords);
            foundInEvent.addAll(eventWords);
        }
        found.addAll(foundInEvent);
        return new RiskWords(inSource, inEvent, List.copyOf(found));
    }

    /** The words a text contains, but for those another of them contains (不明 beside 不明確). */
    private static List<String> contained(String text, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String word : words) {
            if (text.contains(LOWER.get(word))) {
                found.add(word);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String word : found) {
            String lower = LOWER.get(word);
            if (found.stream().noneMatch(other -> other.length() > word.length() && LOWER.get(other).contains(lower))) {
                kept.add(word);
            }
        }
        return kept;
    }

    /**
     * Returns the words of the risk source that suggest a value.
     *
     * @param term the value
     * @return the words in table order, empty if none
     */
    List<String> inSource(VocabularyTerm term) {
        return inSource.getOrDefault(term, List.of());
    }

    /**
     * Returns the words of the event that suggest a value.
     *
     * @param term the value
     * @return the words in table order, empty if none
     */
    List<String> inEvent(VocabularyTerm term) {
        return inEvent.getOrDefault(term, List.of());
    }

    /**
     * Returns the words of the risk source or the event that suggest a value, those of the risk
     * source first, each once.
     *
     * @param term the value
     * @return the words, empty if none
     */
    List<String> inRisk(VocabularyTerm term) {
        Set<String> words = new LinkedHashSet<>(inSource(term));
        words.addAll(inEvent(term));
        return List.copyOf(words);
    }

    /**
     * Returns the words found in the risk that a control's Japanese or English title contains,
     * ignoring case.
     *
     * @param control the control
     * @return the words, in the order they were found, each once
     */
    List<String> sharedWith(Control control) {
        if (found.isEmpty()) {
            return List.of();
        }
        String titles = TITLES.get(control.id());
        List<String> shared = new ArrayList<>();
        for (String word : found) {
            if (titles.contains(LOWER.get(word))) {
                shared.add(word);
            }
        }
        return shared;
    }
}
