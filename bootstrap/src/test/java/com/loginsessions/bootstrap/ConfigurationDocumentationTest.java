package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings table in docs/configuration.md cannot drift from the code: every {@code app.*} setting in the
 * configuration metadata the build generates from the typed properties records is in the table under its
 * environment-variable name with the record's default, and the table names no {@code APP_*} setting that does not
 * exist.
 */
class ConfigurationDocumentationTest {

    private static final Path TABLE = Path.of("..", "docs", "configuration.md");
    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (.+?) \\| .*\\|$");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("`(APP_[A-Z0-9_]+)`");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /** Default as documented (code text, or null for an italic "none"-like entry), by environment variable. */
    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher name = ENVIRONMENT_NAME.matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
            String[] defaults = row.group(2).split(" / ");
            for (int i = 0; i < names.size(); i++) {
                String cell = defaults[Math.min(i, defaults.length - 1)].strip();
                Matcher code = CODE.matcher(cell);
                documented.put(names.get(i), cell.startsWith("*(") ? null : code.find() ? code.group(1) : cell);
            }
        }
        return documented;
    }

    /** The {@code app.*} settings with their defaults (null when there is none or it is empty), by env name. */
    private static Map<String, String> settingsInMetadata() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL resource : Collections.list(ConfigurationDocumentationTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = resource.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (!name.startsWith("app.")) {
                        continue;
                    }
                    JsonNode value = property.path("defaultValue");
                    String text = value.isMissingNode() || value.isNull() || value.isArray() ? null : value.asString();
                    settings.put(environmentName(name), text == null || text.isEmpty() ? null : text);
                }
            }
        }
        return settings;
    }

    /** Spring Boot's relaxed binding: app.login-throttle.window is APP_LOGIN_THROTTLE_WINDOW. */
    private static String environmentName(String property) {
        return property.replace('.', '_').replace("-", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void every_setting_is_documented_with_its_default_and_no_other_is() throws IOException {
        Map<String, String> settings = settingsInMetadata();
        Map<String, String> documented = documentedDefaults();

        assertThat(settings).as("app.* settings found in the generated metadata").hasSizeGreaterThan(20);
        assertThat(documented.keySet()).as("APP_* rows of docs/configuration.md")
                .containsExactlyInAnyOrderElementsOf(settings.keySet());
        settings.forEach((name, value) -> assertThat(documented.get(name))
                .as("documented default of %s", name)
                .isEqualTo(value));
    }
}
