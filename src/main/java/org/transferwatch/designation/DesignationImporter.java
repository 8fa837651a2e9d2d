package org.transferwatch.designation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.Regime;
import org.transferwatch.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one import path of list files, for an administrator's upload, the first start and the scheduled fetch:
 * read the file, compare it with the stored list (the plan), and apply the plan in one transaction, audited as
 * one event and announced as a {@link DesignationListImported}. Applying takes an advisory lock, so one import runs at a time on every node. Callers check who may
 * import; this class checks nothing.
 */
@Component
class DesignationImporter {

    /** The UN list the application ships, loaded into an empty database. */
    static final String SHIPPED_UN_LIST = "designations/un-consolidated-2024-09-26.xml";

    /** The UN Security Council, the issuer of every UN designation. */
    static final String UN_ISSUER = "UNSC";

    private final DesignationRepository designations;

    private final CountryService countries;

    private final CatalogueService catalogue;

    private final AuditService audit;

    private final JsonMapper json;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    DesignationImporter(DesignationRepository designations, CountryService countries, CatalogueService catalogue,
            AuditService audit, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.designations = designations;
        this.countries = countries;
        this.catalogue = catalogue;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** The UN list in the bytes, or a sentence saying what is wrong with them. */
    ListedFile read(byte[] data) {
        return UnListReader.read(new ByteArrayInputStream(data), LocalDate.now(clock));
    }

    static byte[] shippedUnList() {
        try (var in = new ClassPathResource(SHIPPED_UN_LIST).getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The shipped UN list " + SHIPPED_UN_LIST + " is missing from the build", e);
        }
    }

    /** What importing the file would change now. */
    @Transactional(readOnly = true)
    public DesignationImportPlan plan(String fileName, ListedFile file) {
        var stored = designations.entriesOf(file.source());
        var added = new ArrayList<DesignationImportPlan.Change>();
        var amended = new ArrayList<DesignationImportPlan.Change>();
        var unchanged = 0;
        var inFile = new HashSet<String>();
        for (var entry : file.entries()) {
            inFile.add(entry.reference());
            var before = stored.get(entry.reference());
            if (before == null) {
                added.add(new DesignationImportPlan.Change(entry.reference(), entry.primaryName(), List.of()));
                continue;
            }
            var fields = new ArrayList<>(before.entry().differencesFrom(entry));
            if (before.delistedOn() != null) {
                fields.addFirst("listed again");
            }
            if (fields.isEmpty()) {
                unchanged++;
            }
            else {
                amended.add(new DesignationImportPlan.Change(entry.reference(), entry.primaryName(), fields));
            }
        }
        var delisted = stored.values().stream()
            .filter(row -> row.delistedOn() == null && !inFile.contains(row.entry().reference()))
            .map(row -> new DesignationImportPlan.Change(row.entry().reference(), row.entry().primaryName(), List.of()))
            .toList();
        return new DesignationImportPlan(fileName, file, added, amended, delisted, unchanged);
    }

    /**
     * Applies the plan, all or nothing, waiting for an import running elsewhere to end. Refused when the stored
     * list changed since the plan was made (another import), so that what the user confirmed is what happens.
     */
    @Transactional
    public DesignationImportPlan apply(DesignationImportPlan plan) {
        designations.lockImports();
        return applyLocked(plan);
    }

    /** Plans and applies the file unless another import holds the lock; empty when one does. */
    @Transactional
    public Optional<DesignationImportPlan> importUnlessBusy(String fileName, ListedFile file) {
        if (!designations.tryLockImports()) {
            return Optional.empty();
        }
        return Optional.of(applyLocked(plan(fileName, file)));
    }

    private DesignationImportPlan applyLocked(DesignationImportPlan plan) {
        var now = plan(plan.fileName(), plan.file());
        if (!now.sameChangesAs(plan)) {
            throw new ValidationException("The designations changed since this preview (another import ran meanwhile);"
                    + " upload the file again to see what it would change now. Nothing was imported.");
        }
        if (plan.nothingChanged()) {
            return plan;
        }
        var stored = designations.entriesOf(plan.source());
        var regimes = new HashMap<String, Regime>();
        catalogue.regimes().forEach(regime -> regimes.put(regime.code(), regime));
        var countryCodes = countryCodes();
        var added = new HashSet<String>();
        plan.added().forEach(change -> added.add(change.reference()));
        var amended = new HashSet<String>();
        plan.amended().forEach(change -> amended.add(change.reference()));
        var inserts = new ArrayList<DesignationRepository.Resolved>();
        var updates = new LinkedHashMap<Long, DesignationRepository.Resolved>();
        for (var entry : plan.file().entries()) {
            if (added.contains(entry.reference())) {
                inserts.add(resolve(entry, regimes, countryCodes));
            }
            else if (amended.contains(entry.reference())) {
                updates.put(stored.get(entry.reference()).id(), resolve(entry, regimes, countryCodes));
            }
        }
        var addedIds = designations.insert(inserts);
        if (!updates.isEmpty()) {
            designations.update(updates);
        }
        var delisted = plan.delisted().stream().map(change -> stored.get(change.reference()).id()).toList();
        if (!delisted.isEmpty()) {
            designations.delist(delisted, plan.generatedOn());
        }
        // One event for the whole file, as for a transfer import, under an entity type of its own so that the
        // two kinds of import are told apart.
        audit.record(new AuditEntry("designation_list", plan.source() + " " + plan.generatedOn(), "import", null, null,
                JSONB.valueOf(json.writeValueAsString(auditRecord(plan)))));
        var amendedIds = new LinkedHashMap<Long, List<String>>();
        plan.amended().forEach(change -> amendedIds.put(stored.get(change.reference()).id(), change.fields()));
        events.publishEvent(new DesignationListImported(plan.source(), plan.generatedOn(), List.copyOf(addedIds.values()),
                amendedIds, delisted));
        return plan;
    }

    private static Map<String, Object> auditRecord(DesignationImportPlan plan) {
        var record = new LinkedHashMap<String, Object>();
        record.put("file", plan.fileName());
        record.put("source", plan.source());
        record.put("generated_on", plan.generatedOn().toString());
        record.put("summary", plan.summary());
        record.put("added", plan.added().stream().map(DesignationImportPlan.Change::reference).toList());
        var amended = new LinkedHashMap<String, List<String>>();
        plan.amended().forEach(change -> amended.put(change.reference(), change.fields()));
        record.put("amended", amended);
        record.put("delisted", plan.delisted().stream().map(DesignationImportPlan.Change::reference).toList());
        return record;
    }

    private DesignationRepository.Resolved resolve(ListedEntry entry, Map<String, Regime> regimes,
            Map<String, @Nullable String> countryCodes) {
        var regime = regimes.get(entry.programme());
        var codes = new ArrayList<@Nullable String>();
        entry.countries().forEach(place -> codes.add(countryCodes.get(place.listedText().toLowerCase(Locale.ROOT))));
        return new DesignationRepository.Resolved(entry, regime == null ? UN_ISSUER : regime.issuerCode(),
                regime == null ? null : regime.code(), codes);
    }

    /** Every country alias (lower case) that names exactly one state, with that state's code. */
    private Map<String, @Nullable String> countryCodes() {
        var byAlias = new HashMap<String, @Nullable String>();
        var ambiguous = new HashSet<String>();
        for (var alias : countries.aliases()) {
            var key = alias.alias().strip().toLowerCase(Locale.ROOT);
            var previous = byAlias.putIfAbsent(key, alias.countryCode());
            if (previous != null && !previous.equals(alias.countryCode())) {
                ambiguous.add(key);
            }
        }
        ambiguous.forEach(byAlias::remove);
        return byAlias;
    }

    /**
     * Runs a system job (the first start's load, the scheduled fetch) with a viewer's rights for the lookups
     * it makes (countries, regimes). The audit names no user for it: it is recorded as the system's.
     */
    static <T> T asSystem(Supplier<T> job) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                Role.VIEWER.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return job.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
