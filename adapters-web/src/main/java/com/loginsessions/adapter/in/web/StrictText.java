package com.loginsessions.adapter.in.web;

import com.loginsessions.domain.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A text field of a request body: a JSON string (or null) and nothing else, so {@code "password": 12345678} or
 * {@code "phone": true} is a 400 naming the field instead of being read as text; and text that PostgreSQL cannot
 * store or that is not Unicode (a NUL, an unpaired UTF-16 surrogate) is a 400 too, before it reaches any store or
 * hash, where it would fail (500) or be silently changed (an unpaired surrogate hashes as "?").
 */
class StrictText extends StdDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String field = parser.currentName() == null ? "The value" : "The field " + parser.currentName();
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidInputException(field + " must be a JSON string");
        }
        String text = parser.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new InvalidInputException(field + " must not contain a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field + " must be valid Unicode text (it has an unpaired surrogate)");
            }
        }
        return text;
    }
}
