package org.transferwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** The promises of the layout (docs/architecture.md), checked on every build. */
@AnalyzeClasses(packages = "org.transferwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Which feature owns each table; only that feature's repositories may touch it. */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("Country", "country"), Map.entry("CountryAlias", "country"),
            Map.entry("Category", "category"), Map.entry("CategoryKeyword", "category"), Map.entry("AppUser", "security"),
            Map.entry("LoginAttempt", "security"), Map.entry("Source", "source"), Map.entry("SourceCapture", "source"),
            Map.entry("Transfer", "transfer"), Map.entry("ClaimLink", "transfer"),
            Map.entry("TransferFigureTally", "transfer"), Map.entry("TransferPairTally", "transfer"),
            Map.entry("TransferDayTally", "transfer"), Map.entry("TransferMonthTally", "transfer"),
            Map.entry("TransferPairMonthTally", "transfer"),
            Map.entry("TransferEvidence", "transfer"),
            Map.entry("SanctionsIssuer", "sanctions"), Map.entry("SanctionsInstrument", "sanctions"),
            Map.entry("SanctionsProvision", "sanctions"), Map.entry("SanctionsProvisionCategory", "sanctions"),
            Map.entry("SanctionsLink", "sanctions"), Map.entry("SanctionsProvisionScope", "sanctions"),
            Map.entry("SanctionsIssuerJurisdiction", "sanctions"), Map.entry("SanctionsRegime", "sanctions"),
            Map.entry("AuditEvent", "audit"), Map.entry("AuditAction", "audit"),
            Map.entry("AuditEntityType", "audit"), Map.entry("ApiToken", "exchange"), Map.entry("Designation", "designation"),
            Map.entry("DesignationName", "designation"), Map.entry("DesignationIdentifier", "designation"),
            Map.entry("DesignationCountry", "designation"), Map.entry("Party", "party"), Map.entry("PartyName", "party"),
            Map.entry("PartyIdentifier", "party"), Map.entry("VesselFlag", "party"),
            Map.entry("PartyDesignationMatch", "party"), Map.entry("Place", "place"),
            Map.entry("TransferParty", "transfer"), Map.entry("PartyClaim", "transfer"),
            Map.entry("Shipment", "transfer"), Map.entry("ShipmentClaim", "transfer"),
            Map.entry("ShipmentRouteTally", "transfer"), Map.entry("ShipmentPlaceTally", "transfer"),
            Map.entry("TransferComment", "transfer"), Map.entry("ReviewRequest", "transfer"),
            Map.entry("TransferListColumns", "transfer"), Map.entry("ScheduledJob", "base"),
            Map.entry("ChangeEvent", "monitoring"), Map.entry("Watch", "monitoring"),
            Map.entry("Notification", "monitoring"), Map.entry("MailAddress", "monitoring"),
            Map.entry("ListVisit", "monitoring"),
            Map.entry("Briefing", "dashboard"));

    /** Reference tables any repository may join for names (read-only lookups, never writes). */
    private static final Set<String> SHARED_REFERENCE_TABLES = Set.of("Country", "Category");

    @ArchTest
    static final ArchRule the_base_package_imports_no_feature = noClasses().that()
        .resideInAPackage("org.transferwatch.base..")
        .should().dependOnClassesThat().resideInAnyPackage("org.transferwatch.country..", "org.transferwatch.category..",
                "org.transferwatch.security..", "org.transferwatch.source..", "org.transferwatch.transfer..",
                "org.transferwatch.sanctions..", "org.transferwatch.audit..", "org.transferwatch.demo..",
                "org.transferwatch.dashboard..", "org.transferwatch.intake..", "org.transferwatch.exchange..",
                "org.transferwatch.designation..", "org.transferwatch.party..", "org.transferwatch.place..");

    /**
     * When two features need each other, the one that owns the data offers a small interface (audit's AuditActor,
     * source's SourceCitations) instead of importing the other.
     */
    @ArchTest
    static final ArchRule features_import_each_other_without_cycles = slices().matching("org.transferwatch.(*)..")
        .should().beFreeOfCycles();

    /** The bulk paths (COPY out for the export, COPY in for the import) have one owner: transfer/bulk. */
    @ArchTest
    static final ArchRule only_the_bulk_paths_talk_copy_to_the_database = noClasses().that()
        .resideOutsideOfPackage("org.transferwatch.transfer.bulk..")
        .should().dependOnClassesThat().resideInAnyPackage("org.postgresql.jdbc..", "org.postgresql.copy..");

    /** The bulk paths use the transfer core (its filter, access rules and columns), never the other way round. */
    @ArchTest
    static final ArchRule the_transfer_core_does_not_use_its_bulk_paths = noClasses().that()
        .resideInAnyPackage("org.transferwatch.transfer", "org.transferwatch.transfer.ui")
        .should().dependOnClassesThat().resideInAPackage("org.transferwatch.transfer.bulk..");

    @ArchTest
    static final ArchRule every_route_carries_a_security_annotation = classes().that().areAnnotatedWith(Route.class)
        .should().beAnnotatedWith(RolesAllowed.class)
        .orShould().beAnnotatedWith(PermitAll.class)
        .orShould().beAnnotatedWith(AnonymousAllowed.class)
        .orShould().beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule only_a_features_repositories_touch_its_tables = classes().that()
        .resideOutsideOfPackage("org.transferwatch.db..")
        .should(touchOnlyTablesTheyOwn());

    @ArchTest
    static final ArchRule views_do_not_use_repositories_or_sql = noClasses().that()
        .haveSimpleNameEndingWith("View")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
        .orShould().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    static final ArchRule ui_components_do_not_use_repositories_or_sql = noClasses().that()
        .resideInAPackage("org.transferwatch..ui..")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
        .orShould().dependOnClassesThat().resideInAPackage("org.jooq..");

    private static ArchCondition<JavaClass> touchOnlyTablesTheyOwn() {
        return new ArchCondition<>("touch only the tables of their own feature, and only from a Repository") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var feature = type.getPackageName().replaceFirst("^org\\.transferwatch\\.?", "").split("\\.")[0];
                var repository = type.getSimpleName().endsWith("Repository")
                        || type.getName().contains("Repository$");
                type.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("org.transferwatch.db.tables")) {
                        return;
                    }
                    var table = target.getSimpleName().replaceFirst("Record$", "");
                    var owner = TABLE_OWNERS.get(table);
                    var allowed = repository && (feature.equals(owner) || SHARED_REFERENCE_TABLES.contains(table));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " touches table " + table + " owned by " + owner + ": "
                                        + dependency.getDescription()));
                    }
                });
            }
        };
    }


}
