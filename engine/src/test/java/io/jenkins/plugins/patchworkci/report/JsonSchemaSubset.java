package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates JSON against the part of JSON Schema 2020-12 that {@code docs/report-schema.json}
 * uses: {@code $ref} to {@code #/$defs/...}, {@code type}, {@code const}, {@code enum},
 * {@code required}, {@code properties}, {@code additionalProperties: false}, {@code items},
 * {@code oneOf}, {@code pattern}, {@code minimum}, {@code maxLength}, {@code minItems}. A keyword
 * it does not know fails the validation, so the schema cannot silently outgrow this checker.
 */
final class JsonSchemaSubset {

    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "const", "enum", "required", "properties", "additionalProperties", "items", "oneOf", "pattern",
            "minimum", "maxLength", "minItems");

    private final JsonNode root;

    JsonSchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** Every violation, each with its JSON pointer; empty when the instance is valid. */
    List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KNOWN.contains(keyword)) {
                errors.add(at + ": schema keyword " + keyword + " is not supported by this checker");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                errors.add(at + ": unsupported $ref " + ref);
                return;
            }
            JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
            if (target.isMissingNode()) {
                errors.add(at + ": dangling $ref " + ref);
                return;
            }
            check(target, value, at, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": " + value.getNodeType() + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> why = new ArrayList<>();
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, at, sub);
                if (sub.isEmpty()) {
                    matching++;
                } else {
                    why.addAll(sub);
                }
            }
            if (matching != 1) {
                errors.add(at + ": matches " + matching + " of oneOf, not 1 " + why);
            }
        }
        if (value.isTextual()) {
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                errors.add(at + ": " + value + " does not match " + schema.get("pattern").asText());
            }
            if (schema.has("maxLength") && value.asText().codePointCount(0, value.asText().length())
                    > schema.get("maxLength").asInt()) {
                errors.add(at + ": longer than " + schema.get("maxLength"));
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
            errors.add(at + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "/" + i, errors);
                }
            }
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    errors.add(at + ": required field " + name.asText() + " is missing");
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), at + "/" + field.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(at + ": field " + field.getKey() + " is not in the schema");
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
