package org.uplift.assessment.upload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.AssessmentKind;

/**
 * The CSV template's columns and the header variants MIS exports use for them. Headers are compared after
 * lower-casing and dropping everything but letters and digits, so "Year Group", "year_group" and "YEARGROUP" match.
 * Columns not listed here (names, dates of birth, ...) are never read.
 */
final class Columns {

    static final String UPN = "upn";
    static final String URN = "urn";
    static final String YEAR_GROUP = "year_group";
    static final String DISADVANTAGED = "disadvantaged";
    static final String SEN = "sen_provision";
    static final String EAL = "eal";
    static final String ETHNICITY = "ethnicity";
    static final String SEX = "sex";
    static final String KS2_READING = "ks2_reading";
    static final String KS2_MATHS = "ks2_maths";
    static final String KS4_MATHS = "ks4_maths";
    static final String KS4_ENGLISH = "ks4_english";
    static final String MARK = "mark";

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias(UPN, "upn", "uniquepupilnumber", "pupilupn");
        alias(URN, "urn", "schoolurn", "establishmenturn");
        alias(YEAR_GROUP, "yeargroup", "year", "ncyear", "ncyearactual", "yeargrp", "curriculumyear");
        alias(DISADVANTAGED, "disadvantaged", "pupilpremium", "pp", "pupilpremiumindicator", "disadvantagedpupil", "ppindicator");
        alias(SEN, "senprovision", "sen", "senstatus", "sencode");
        alias(EAL, "eal", "englishasanadditionallanguage", "englishasadditionallanguage", "ealindicator");
        alias(ETHNICITY, "ethnicity", "ethnicitycode", "ethnicgroup", "ethniccode");
        alias(SEX, "sex", "gender");
        alias(KS2_READING, "ks2reading", "ks2readingscaledscore", "readingscaledscore", "ks2readss", "readingss", "ks2rea");
        alias(KS2_MATHS, "ks2maths", "ks2mathsscaledscore", "mathsscaledscore", "ks2matss", "mathsss", "ks2mat");
        alias(KS4_MATHS, "ks4maths", "mathsgrade", "gcsemaths", "gcsemathsgrade", "ks4mathsgrade");
        alias(KS4_ENGLISH, "ks4english", "englishgrade", "gcseenglish", "gcseenglishgrade", "ks4englishgrade");
        alias(MARK, "mark", "score", "rawmark", "totalmark");
    }

    private Columns() {
    }

    private static void alias(String column, String... variants) {
        for (String variant : variants) {
            ALIASES.put(variant, column);
        }
    }

    static @Nullable String canonical(String header) {
        return ALIASES.get(header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    static List<String> required(AssessmentKind kind) {
        List<String> common = List.of(UPN, URN, YEAR_GROUP, DISADVANTAGED, SEN, EAL, ETHNICITY, SEX);
        List<String> specific = switch (kind) {
            case KS2 -> List.of(KS2_READING, KS2_MATHS);
            case KS4 -> List.of(KS4_MATHS, KS4_ENGLISH);
            case DIAGNOSTIC -> List.of(MARK);
        };
        return java.util.stream.Stream.concat(common.stream(), specific.stream()).toList();
    }
}
