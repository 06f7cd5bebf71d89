package org.uplift.cpd.programme;

/** How a programme is delivered. */
public enum Format {
    IN_PERSON("In person"), ONLINE("Online"), WORK_GROUP("Work group");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
