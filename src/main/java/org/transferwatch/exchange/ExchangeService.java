package org.transferwatch.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

import org.jooq.JSONB;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceService;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.ImportOutcome;
import org.transferwatch.transfer.ImportedTransfer;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.bulk.BulkTransferService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports and imports transfers. An import is read and checked first ({@link #preview}) without writing
 * anything; {@link #importPreview} then writes all of it in one transaction or nothing, and records an
 * audit event for the import as a whole besides those of each transfer it created or changed.
 */
@Service
public class ExchangeService {

    /** The largest file an import reads. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** The longest single field an import reads (notes are limited to as much). */
    public static final int MAX_FIELD = 10_000;

    private final BulkTransferService bulk;

    private final SourceService sources;

    private final CountryService countries;

    private final CategoryService categories;

    private final AuditService audit;

    private final PlaceService places;

    private final ImportPartsRecorder partsRecorder;

    private final JsonMapper json;

    private final ExchangeMetrics metrics;

    ExchangeService(BulkTransferService bulk, SourceService sources, CountryService countries,
            CategoryService categories, AuditService audit, PlaceService places, ImportPartsRecorder partsRecorder,
            JsonMapper json, ExchangeMetrics metrics) {
        this.places = places;
        this.partsRecorder = partsRecorder;
        this.metrics = metrics;
        this.bulk = bulk;
        this.sources = sources;
        this.countries = countries;
        this.categories = categories;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Writes the transfers the user may see that match the filter as our CSV, streamed from the
     * database; returns the number of rows. Viewers export published transfers only.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public long export(TransferFilter filter, OutputStream out) {
        return metrics.export(() -> {
            try {
                var buffered = new BufferedOutputStream(out, 64 * 1024);
                buffered.write(TransferCsv.HEADER);
                var rows = bulk.exportCsv(filter, buffered);
                buffered.flush();
                return rows;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, rows -> rows);
    }

    /**
     * Reads an import file (our CSV, or a SIPRI Trade Register export, told apart by their header) and
     * checks every row against the reference data, writing nothing. A file that cannot be read as a
     * whole is refused with a {@link ValidationException}; row problems are in the preview. Analysts and
     * above.
     *
     * @param progress told the share of the file read so far (0 to 1), from the calling thread
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, DoubleConsumer progress) {
        if (content.length > MAX_FILE_BYTES) {
            throw new ValidationException("The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; split it into smaller files.");
        }
        if (content.length == 0) {
            throw new ValidationException("The file is empty.");
        }
        var lookups = new CachedLookups();
        return SipriRegisterReader.recognises(content)
                ? new SipriRegisterReader(lookups).read(fileName, content, progress)
                : new TransferCsvReader(lookups).read(fileName, content, progress);
    }

    /**
     * Writes a checked import: every row or none. Transfers are matched by natural key, so importing the
     * same file again updates instead of duplicating; new transfers are drafts. Sources the rows name
     * are found in the library or added. Refused, writing nothing, while any row has a problem or a
     * state name is not mapped. The parties and shipments rows give are added to the transfers the user may
     * change ({@link ImportPartsRecorder}). One audit event records the import, and each transfer created or
     * changed has one of its own (see {@link BulkTransferService#importTransfers}). Analysts and above.
     *
     * @param progress told the number of rows written so far
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public ImportOutcome importPreview(ImportPreview preview, IntConsumer progress) {
        if (preview.rowsToImport().isEmpty()) {
            throw new ValidationException("The file has no transfers to import.");
        }
        if (!preview.unmappedNames().isEmpty()) {
            throw new ValidationException("Map every state name to a country first: "
                    + String.join(", ", preview.unmappedNames().keySet()) + ".");
        }
        var problems = preview.problems();
        if (!problems.isEmpty()) {
            var max = BulkTransferService.MAX_LISTED_IMPORT_PROBLEMS;
            var listed = new ArrayList<>(problems.subList(0, Math.min(problems.size(), max)));
            if (problems.size() > max) {
                listed.add("... and " + (problems.size() - max) + " more problems.");
            }
            throw new ValidationException(listed);
        }
        var datasetSourceId = preview.datasetSource() == null ? null : sources.add(preview.datasetSource()).source().id();
        var sourceIds = new HashMap<String, Long>();
        var rows = new ArrayList<ImportedTransfer>(preview.rows().size());
        var claimsByLine = new HashMap<Integer, NewClaim>();
        for (var row : preview.rowsToImport()) {
            var claim = row.claim();
            ImportedTransfer.Claim imported = null;
            if (claim != null) {
                var sourceId = claim.fromDataset() ? datasetSourceId : sourceIds.computeIfAbsent(
                        claim.sourceId() + "|" + claim.sourceTitle() + "|" + claim.sourceUrl(),
                        key -> resolveSource(claim, preview.fileName()));
                if (sourceId == null) {
                    throw new ValidationException(ImportRow.at(row.line(), "the quote has no source."));
                }
                var grade = claim.fromDataset() ? preview.datasetGrade() : claim.grade();
                imported = new ImportedTransfer.Claim(sourceId, claim.quote(), claim.stance(), grade);
                if (!row.parts().isEmpty()) {
                    claimsByLine.put(row.line(), new NewClaim(sourceId, claim.quote(), claim.stance(), grade));
                }
            }
            rows.add(new ImportedTransfer(row.line(), row.naturalKey(), row.draft(), imported));
        }
        var outcome = metrics.importing(() -> bulk.importTransfers(rows, progress), ImportOutcome::total);
        var withParts = preview.rowsToImport().stream().filter(row -> !row.parts().isEmpty()).toList();
        var recorded = withParts.isEmpty() ? new ImportPartsRecorder.Recorded(0, 0)
                : partsRecorder.record(withParts,
                        bulk.editableIdsByNaturalKey(withParts.stream().map(ImportRow::naturalKey).toList()), claimsByLine);
        var details = new LinkedHashMap<String, Object>();
        details.put("format", preview.format().label());
        details.put("file", preview.fileName());
        details.put("bytes", preview.bytes());
        details.put("rows", preview.rows().size());
        details.put("skipped", preview.skipped().size());
        details.put("inserted", outcome.inserted());
        details.put("updated", outcome.updated());
        details.put("unchanged", outcome.unchanged());
        details.put("left_reviewed", outcome.leftReviewed());
        if (!withParts.isEmpty()) {
            details.put("parties_added", recorded.parties());
            details.put("shipments_added", recorded.shipments());
        }
        if (datasetSourceId != null) {
            details.put("source_id", datasetSourceId);
            details.put("grade", preview.datasetGrade().code());
        }
        var mapped = new LinkedHashMap<String, String>();
        preview.names().forEach((name, use) -> {
            if (use.code() != null && countries.resolveAlias(name).map(Country::code).filter(use.code()::equals).isEmpty()) {
                mapped.put(name, use.code());
            }
        });
        if (!mapped.isEmpty()) {
            details.put("mapped_names", mapped);
        }
        audit.record(new AuditEntry("import", UUID.randomUUID().toString(), "import", null, null,
                JSONB.valueOf(json.writeValueAsString(details))));
        return outcome;
    }

    private Long resolveSource(ImportClaim claim, String fileName) {
        if (claim.sourceId() != null) {
            var existing = sources.findById(claim.sourceId());
            if (existing.isPresent() && (claim.sourceTitle() == null
                    || existing.get().title().strip().equalsIgnoreCase(claim.sourceTitle().strip()))) {
                return existing.get().id();
            }
        }
        if (claim.sourceUrl() == null && claim.sourceTitle() != null) {
            var byTitle = sources.findByTitle(claim.sourceTitle());
            if (byTitle.isPresent()) {
                return byTitle.get().id();
            }
        }
        var title = claim.sourceTitle() != null ? claim.sourceTitle()
                : claim.sourceUrl() != null ? claim.sourceUrl() : "Source " + claim.sourceId() + " of " + fileName;
        return sources.add(new NewSource(SourceKind.OTHER, shorten(title, NewSource.MAX_TITLE), null, null,
                claim.sourceUrl(), null, null, null)).source().id();
    }

    static String shorten(String text) {
        return shorten(text, 60);
    }

    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    /** Reference data looked up once per distinct value for a whole file. */
    private final class CachedLookups implements ImportLookups {

        private final Map<String, Optional<String>> byCode = new ConcurrentHashMap<>();

        private final Map<String, Optional<String>> byName = new ConcurrentHashMap<>();

        private final Map<String, Optional<String>> categoryCodes = new ConcurrentHashMap<>();

        private final Map<Long, Optional<String>> sourceTitles = new ConcurrentHashMap<>();

        private final Map<String, List<Place>> placesByName = new ConcurrentHashMap<>();

        @Override
        public Optional<String> countryByCode(String code) {
            return byCode.computeIfAbsent(code, c -> c.length() > 16 ? Optional.empty()
                    : countries.findByCode(c).map(Country::code));
        }

        @Override
        public Optional<String> countryByName(String name) {
            return byName.computeIfAbsent(name, n -> n.length() > 200 ? Optional.empty()
                    : countries.resolveAlias(n).map(Country::code));
        }

        @Override
        public Optional<String> categoryCode(String codeOrKeyword) {
            return categoryCodes.computeIfAbsent(codeOrKeyword, c -> categories.findByCode(c).map(Category::code)
                .or(() -> categories.resolve(c).map(Category::code)));
        }

        @Override
        public Optional<String> sourceTitle(long id) {
            return sourceTitles.computeIfAbsent(id, i -> sources.findById(i).map(s -> s.title()));
        }

        @Override
        public List<Place> placesNamed(String name) {
            return placesByName.computeIfAbsent(name, places::named);
        }

    }

}
