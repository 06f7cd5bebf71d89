package org.uplift.contracts.schools;

/** The reviewers' judgement of one area of a maths department (e.g. area "curriculum", judgement "Developing"). */
public record AreaJudgement(String area, String judgement) {
}
