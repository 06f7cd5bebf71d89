package org.uplift.assessment.upload;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.platform.problem.FieldProblem;

/**
 * Streams the pupils of a Common Transfer File with StAX (never a DOM: an LA's CTF can be large). Reads the source
 * school's URN from the header and, per {@code <Pupil>}: UPN, Sex (or Gender), Ethnicity, NCyearActual, the latest
 * SENprovision (none without an SEN history), FSM history (any entry = disadvantaged), first language (not ENG/ENB = EAL) and the
 * {@code <StageAssessment>}s: KS2 scaled scores (ResultQualifier SS; Subject MAT = maths, REA or ENG/READ = reading)
 * and KS4 grades (Subject MAT/ENG). Names and dates of birth are skipped unread. The "row" of a problem is the
 * pupil's position in the file. DTDs and external entities are refused.
 */
final class CtfRowReader implements RowReader {

    private final XMLStreamReader xml;
    private final List<FieldProblem> structureProblems = new ArrayList<>();
    private @Nullable String urn;
    private int pupil;

    CtfRowReader(InputStream in, AssessmentKind kind) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not XML", e);
        }
        if (kind == AssessmentKind.DIAGNOSTIC) {
            structureProblems.add(FieldProblem.inRow(1, "file", "Diagnostic marks cannot come from a CTF: use the CSV template"));
        }
    }

    @Override
    public List<FieldProblem> structureProblems() {
        return structureProblems;
    }

    @Override
    public @Nullable RawRow next() {
        if (!structureProblems.isEmpty()) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("SourceSchool")) {
                        readSourceSchool();
                    } else if (name.equals("Pupil")) {
                        return readPupil(++pupil);
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed CTF", e);
        }
    }

    private void readSourceSchool() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("URN")) {
                urn = xml.getElementText().strip();
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("SourceSchool")) {
                return;
            }
        }
    }

    private RawRow readPupil(int index) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        values.put(Columns.URN, urn == null ? "" : urn);
        values.put(Columns.DISADVANTAGED, "N");
        values.put(Columns.SEN, "N");
        String firstLanguage = null;
        String languageType = null;
        Map<String, String> assessment = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("Pupil")) {
                    break;
                }
                if (name.equals("StageAssessment")) {
                    applyAssessment(assessment, values);
                    String stage = assessment.get("Stage");
                    assessment.clear();
                    if (stage != null) {
                        assessment.put("Stage", stage); // one <Stage> heads all of a <KeyStage>'s assessments
                    }
                } else if (name.equals("KeyStage")) {
                    assessment.clear();
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "UPN" -> values.put(Columns.UPN, xml.getElementText());
                case "Sex", "Gender" -> values.put(Columns.SEX, xml.getElementText());
                case "Ethnicity" -> values.put(Columns.ETHNICITY, xml.getElementText());
                case "NCyearActual" -> values.put(Columns.YEAR_GROUP, xml.getElementText());
                case "SENprovision" -> values.put(Columns.SEN, xml.getElementText());
                case "FSMstartDate", "FSMinstance" -> values.put(Columns.DISADVANTAGED, "Y");
                case "LanguageType" -> languageType = xml.getElementText().strip();
                case "Language" -> {
                    String language = xml.getElementText().strip().toUpperCase(Locale.ROOT);
                    if (firstLanguage == null && (languageType == null || languageType.equals("F") || languageType.equals("T"))) {
                        firstLanguage = language;
                    }
                }
                case "Stage", "Subject", "Component", "ResultQualifier", "Result" ->
                        assessment.put(xml.getLocalName(), xml.getElementText().strip().toUpperCase(Locale.ROOT));
                default -> {
                    // names, dates of birth, addresses and everything else are not read
                }
            }
        }
        if (firstLanguage != null && !firstLanguage.equals("NOT") && !firstLanguage.equals("REF")) {
            values.put(Columns.EAL, firstLanguage.equals("ENG") || firstLanguage.equals("ENB") ? "N" : "Y");
        }
        return new RawRow(index, values);
    }

    private static void applyAssessment(Map<String, String> a, Map<String, String> values) {
        String stage = a.getOrDefault("Stage", "");
        String subject = a.getOrDefault("Subject", "");
        String component = a.getOrDefault("Component", "");
        String result = a.getOrDefault("Result", "");
        if (stage.equals("KS2") && a.getOrDefault("ResultQualifier", "").equals("SS")) {
            if (subject.equals("MAT")) {
                values.put(Columns.KS2_MATHS, result);
            } else if (subject.equals("REA") || (subject.equals("ENG") && component.startsWith("READ"))) {
                values.put(Columns.KS2_READING, result);
            }
        } else if (stage.equals("KS4")) {
            if (subject.equals("MAT")) {
                values.put(Columns.KS4_MATHS, result);
            } else if (subject.equals("ENG")) {
                values.put(Columns.KS4_ENGLISH, result);
            }
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing left to release
        }
    }
}
