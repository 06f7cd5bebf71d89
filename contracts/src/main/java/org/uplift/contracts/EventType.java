package org.uplift.contracts;

/**
 * One kind of event: its stable type string, the payload's major version, the topic it travels on, its payload
 * record and the JSON schema it must keep satisfying within that major version.
 */
public record EventType(String name, int version, String topic, Class<? extends Record> payload) {

    public String schemaResource() {
        return "/schemas/" + name + ".v" + version + ".json";
    }
}
