package org.transferwatch.designation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.CatalogueService;
import org.transferwatch.sanctions.SanctionsService;

/**
 * Designations for everyone logged in (search, a designation's page), and the import of a list file for
 * administrators: a preview first, then all or nothing.
 */
@Service
public class DesignationService {

    /** The largest list file accepted: the UN list is about 2 MB. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final DesignationRepository designations;

    private final DesignationImporter importer;

    private final SanctionsService sanctions;

    private final CatalogueService catalogue;

    DesignationService(DesignationRepository designations, DesignationImporter importer, SanctionsService sanctions, CatalogueService catalogue) {
        this.designations = designations;
        this.importer = importer;
        this.sanctions = sanctions;
        this.catalogue = catalogue;
    }

    /**
     * Designations matching the text, best first: by name or alias (case, accents, hyphens, spacing and word
     * order ignored, near spellings ranked by similarity), or exactly by reference or identifier number. All
     * designations by name for no text. Delisted ones are included and say so.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<DesignationHit> search(String text, int offset, int limit) {
        var query = checked(text);
        return query.text().isEmpty() ? designations.all(offset, limit) : designations.search(query, offset, limit);
    }

    /** {@link #search} and {@link #count} at once: the page and the total from one statement. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public DesignationResults searchWithTotal(String text, int offset, int limit) {
        var query = checked(text);
        return query.text().isEmpty()
                ? new DesignationResults(designations.all(offset, limit), designations.countAll())
                : designations.searchWithTotal(query, offset, limit);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(String text) {
        var query = checked(text);
        return query.text().isEmpty() ? designations.countAll() : designations.count(query);
    }

    /** The reference numbers ("KPe.029") of these designations, by id, in one statement. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : designations.references(ids);
    }

    /** A designation with its regime's name and provisions; {@link NotFoundException} if there is none. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public DesignationPage page(long id) {
        var designation = designations.findById(id).orElseThrow(() -> new NotFoundException("This designation does not exist."));
        var regimeCode = designation.regimeCode();
        if (regimeCode == null) {
            return new DesignationPage(designation, null, List.of());
        }
        var regimeName = catalogue.regimes().stream().filter(regime -> regime.code().equals(regimeCode)).findFirst()
            .map(regime -> regime.name()).orElse(null);
        return new DesignationPage(designation, regimeName, sanctions.provisionsOfRegime(regimeCode));
    }

    /** The designations with these ids, by name, with their names, identifiers and states. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Designation> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : designations.findAll(ids);
    }

    /**
     * The ids of the designations of a regime (e.g. "DPRK"), listed or delisted, as a subquery for another
     * feature's conditions: the parties designated under the regime whose designation powers a transfer may
     * breach.
     */
    public Select<Record1<Long>> idsOfRegime(String regimeCode) {
        return DesignationRepository.idsOfRegime(regimeCode);
    }

    /**
     * Every name of every designation still listed, as a table for another feature's set-based matching:
     * {@code designation_id}, {@code kind} (individual, entity, vessel), {@code name} as listed and
     * {@code search_key} ({@code designation_search_key(name)}, the key to compare other names by).
     */
    public Table<Record4<Long, String, String, String>> listedNames() {
        return DesignationRepository.listedNames();
    }

    /**
     * Every number of every designation still listed that identifies it on its own, as a table for another
     * feature's set-based matching: {@code designation_id}, {@code kind} ({@code imo_ship}, {@code imo_company},
     * {@code un_reference}), {@code value} as listed and {@code search_value} (letters and digits, upper case).
     */
    public Table<Record4<Long, String, String, String>> listedNumbers() {
        return DesignationRepository.listedNumbers();
    }

    /**
     * What importing the UN Consolidated List file would change. Administrators only. A file that is not the
     * UN list, not well-formed or incomplete, or has an entry without a reference number, is refused with a
     * sentence saying so ({@link ValidationException}); nothing is written either way.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DesignationImportPlan preview(String fileName, byte[] data) {
        if (data.length > MAX_FILE_BYTES) {
            throw new ValidationException("The file is larger than 50 MB; the UN list is about 2 MB. Nothing was imported.");
        }
        return importer.plan(fileName, importer.read(data));
    }

    /**
     * Applies a preview in one transaction, audited as one event. Administrators only. Refused, with nothing
     * changed, when another import changed the designations since the preview.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DesignationImportPlan apply(DesignationImportPlan plan) {
        return importer.apply(plan);
    }

    private static DesignationQuery checked(String text) {
        if (text.length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("A search is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
        return new DesignationQuery(text);
    }

}
