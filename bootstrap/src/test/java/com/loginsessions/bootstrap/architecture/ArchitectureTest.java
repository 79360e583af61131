package com.loginsessions.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule over every module's production classes (bootstrap's test classpath holds them all), and shows
 * that each rule can fail by running it over a fixture that breaks exactly that rule.
 */
class ArchitectureTest {

    private static final String PRODUCT = "com.loginsessions";
    private static final String FIXTURE = "com.loginsessions.archfixture";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(PRODUCT);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE);

    @TestFactory
    Stream<DynamicTest> the_product_keeps_every_rule() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName()).distinct())
                .as("classes of every module were imported")
                .anyMatch(p -> p.startsWith(PRODUCT + ".domain"))
                .anyMatch(p -> p.startsWith(PRODUCT + ".application"))
                .anyMatch(p -> p.startsWith(PRODUCT + ".adapter.in.web"))
                .anyMatch(p -> p.startsWith(PRODUCT + ".adapter.out.persistence"))
                .anyMatch(p -> p.startsWith(PRODUCT + ".bootstrap"));
        return ArchitectureRules.all(PRODUCT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_fails_on_code_that_breaks_it() {
        List<ArchRule> rules = ArchitectureRules.all(FIXTURE);
        return rules.stream().map(rule -> DynamicTest.dynamicTest("fails: " + rule.getDescription(),
                () -> assertThatThrownBy(() -> rule.check(BROKEN)).isInstanceOf(AssertionError.class)));
    }
}
