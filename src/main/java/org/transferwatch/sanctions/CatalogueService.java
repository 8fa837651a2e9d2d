package org.transferwatch.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.UserService;

/**
 * The sanctions catalogue that staff keep current: every role browses it; administrators add, edit and retire
 * issuers, instruments and provisions. Every change is audited with its before and after, a save over a newer
 * one is refused with who made it, and a provision that transfers are linked to is retired, never deleted.
 * A changed scope takes effect in every transfer's suggestions at once (they are computed when read), and
 * analysts' decisions stay as they were.
 */
@Service
public class CatalogueService {

    private final CatalogueRepository catalogue;

    private final SanctionsRepository sanctions;

    private final AuditService audit;

    private final CurrentUser currentUser;

    private final UserService users;

    private final CountryService countries;

    private final CategoryService categories;

    CatalogueService(CatalogueRepository catalogue, SanctionsRepository sanctions, AuditService audit, CurrentUser currentUser, UserService users,
            CountryService countries, CategoryService categories) {
        this.catalogue = catalogue;
        this.sanctions = sanctions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.countries = countries;
        this.categories = categories;
    }

    // Reading: every role

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Issuer> issuers() {
        return catalogue.issuers();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Regime> regimes() {
        return sanctions.findRegimes();
    }

    /** The instruments of the issuer, or of every issuer for null; UN first, newest first within an issuer. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Instrument> instruments(@Nullable String issuerCode) {
        return catalogue.instruments(issuerCode);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Instrument instrument(long id) {
        return catalogue.instrument(id).orElseThrow(() -> new NotFoundException("This instrument does not exist."));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionDetails> provisionsOf(long instrumentId) {
        return catalogue.provisionsOf(instrumentId);
    }

    /** Provisions matching every criterion of the query (at most 500), UN first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ProvisionDetails> searchProvisions(ProvisionQuery query) {
        if (query.text() != null && query.text().length() > SearchText.MAX_LENGTH) {
            throw new ValidationException("The search text is limited to " + SearchText.MAX_LENGTH + " characters.");
        }
        return catalogue.provisions(query);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<ProvisionDetails> provision(long id) {
        return catalogue.provision(id);
    }

    // Issuers: administrators

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String createIssuer(IssuerDraft draft) {
        var clean = draft.cleaned();
        var problems = new ArrayList<>(clean.problems());
        if (problems.isEmpty() && catalogue.issuer(clean.code()).isPresent()) {
            problems.add(IssuerDraft.Field.CODE.problem("An issuer with the code " + clean.code() + " exists already."));
        }
        jurisdictionProblems(clean, problems);
        throwIfAny(problems);
        catalogue.insertIssuer(clean, currentUser.require().id());
        audit.record(new AuditEntry("sanctions_issuer", clean.code(), "create", null, null, catalogue.snapshotIssuer(clean.code())));
        return clean.code();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateIssuer(String code, IssuerDraft draft, int version) {
        var clean = new IssuerDraft(code, draft.cleaned().name(), draft.cleaned().jurisdiction());
        var problems = new ArrayList<>(clean.problems());
        jurisdictionProblems(clean, problems);
        throwIfAny(problems);
        var before = requireIssuer(code);
        if (!catalogue.updateIssuer(code, clean, version, currentUser.require().id())) {
            throw conflict("issuer", catalogue.changedIssuer(code));
        }
        audit.record(new AuditEntry("sanctions_issuer", code, "update", null, before, catalogue.snapshotIssuer(code)));
    }

    /** Retires the issuer (its measures are no longer suggested) or restores it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retireIssuer(String code, boolean retired, int version) {
        var before = requireIssuer(code);
        if (!catalogue.retireIssuer(code, retired, version, currentUser.require().id())) {
            throw conflict("issuer", catalogue.changedIssuer(code));
        }
        audit.record(new AuditEntry("sanctions_issuer", code, retired ? "retire" : "restore", null, before,
                catalogue.snapshotIssuer(code)));
    }

    private JSONB requireIssuer(String code) {
        if (catalogue.issuer(code).isEmpty()) {
            throw new NotFoundException("This issuer does not exist.");
        }
        return catalogue.snapshotIssuer(code);
    }

    private void jurisdictionProblems(IssuerDraft draft, List<Problem> problems) {
        for (var state : draft.jurisdiction()) {
            if (countries.findByCode(state).isEmpty()) {
                problems.add(IssuerDraft.Field.JURISDICTION.problem("\"" + state + "\" is not a known state."));
            }
        }
    }

    // Instruments: administrators

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createInstrument(InstrumentDraft draft) {
        var clean = draft.cleaned();
        throwIfAny(instrumentProblems(clean, null));
        var id = catalogue.insertInstrument(clean, currentUser.require().id());
        audit.record(new AuditEntry("sanctions_instrument", Long.toString(id), "create", null, null,
                catalogue.snapshotInstrument(id)));
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateInstrument(long id, InstrumentDraft draft, int version) {
        var clean = draft.cleaned();
        instrument(id);
        throwIfAny(instrumentProblems(clean, id));
        var before = catalogue.snapshotInstrument(id);
        if (!catalogue.updateInstrument(id, clean, version, currentUser.require().id())) {
            throw conflict("instrument", catalogue.changedInstrument(id));
        }
        audit.record(new AuditEntry("sanctions_instrument", Long.toString(id), "update", null, before,
                catalogue.snapshotInstrument(id)));
    }

    /** Retires the instrument (its provisions stay on their transfers and are no longer suggested) or restores it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retireInstrument(long id, boolean retired, int version) {
        instrument(id);
        var before = catalogue.snapshotInstrument(id);
        if (!catalogue.retireInstrument(id, retired, version, currentUser.require().id())) {
            throw conflict("instrument", catalogue.changedInstrument(id));
        }
        audit.record(new AuditEntry("sanctions_instrument", Long.toString(id), retired ? "retire" : "restore", null,
                before, catalogue.snapshotInstrument(id)));
    }

    private List<Problem> instrumentProblems(InstrumentDraft draft, @Nullable Long id) {
        var problems = new ArrayList<>(draft.problems());
        if (draft.issuerCode() != null && catalogue.issuer(draft.issuerCode()).isEmpty()) {
            problems.add(InstrumentDraft.Field.ISSUER.problem("The issuer " + draft.issuerCode() + " does not exist."));
        }
        if (draft.regimeCode() != null
                && sanctions.findRegimes().stream().noneMatch(regime -> regime.code().equals(draft.regimeCode()))) {
            problems.add(InstrumentDraft.Field.REGIME.problem("The regime " + draft.regimeCode() + " does not exist."));
        }
        if (draft.shortTitle() != null && problems.isEmpty() && catalogue.shortTitleTaken(draft.shortTitle(), id)) {
            problems.add(InstrumentDraft.Field.SHORT_TITLE.problem("An instrument called \"" + draft.shortTitle()
                    + "\" exists already."));
        }
        return problems;
    }

    // Provisions: administrators

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createProvision(ProvisionDraft draft) {
        var clean = draft.cleaned();
        throwIfAny(provisionProblems(clean, null));
        var id = catalogue.insertProvision(clean, currentUser.require().id());
        audit.record(new AuditEntry("sanctions_provision", Long.toString(id), "create", null, null,
                catalogue.snapshotProvision(id)));
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateProvision(long id, ProvisionDraft draft, int version) {
        var clean = draft.cleaned();
        requireProvision(id);
        throwIfAny(provisionProblems(clean, id));
        var before = catalogue.snapshotProvision(id);
        if (!catalogue.updateProvision(id, clean, version, currentUser.require().id())) {
            throw conflict("provision", catalogue.changedProvision(id));
        }
        audit.record(new AuditEntry("sanctions_provision", Long.toString(id), "update", null, before,
                catalogue.snapshotProvision(id)));
    }

    /** Retires the provision (it stays, marked, on the transfers linked to it and is no longer suggested) or restores it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retireProvision(long id, boolean retired, int version) {
        requireProvision(id);
        var before = catalogue.snapshotProvision(id);
        if (!catalogue.retireProvision(id, retired, version, currentUser.require().id())) {
            throw conflict("provision", catalogue.changedProvision(id));
        }
        audit.record(new AuditEntry("sanctions_provision", Long.toString(id), retired ? "retire" : "restore", null,
                before, catalogue.snapshotProvision(id)));
    }

    /** Deletes a provision entered by mistake; one that any transfer is linked to is refused: retire it instead. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteProvision(long id, int version) {
        requireProvision(id);
        // Locked first: a transfer linked to it meanwhile waits (its foreign key), then the count sees it.
        catalogue.lockProvision(id);
        var links = catalogue.linkCount(id);
        if (links > 0) {
            throw new ValidationException((links == 1 ? "A transfer is" : links + " transfers are")
                    + " linked to this provision, so it cannot be deleted; retire it instead.");
        }
        var before = catalogue.snapshotProvision(id);
        if (!catalogue.deleteProvision(id, version)) {
            throw conflict("provision", catalogue.changedProvision(id));
        }
        audit.record(new AuditEntry("sanctions_provision", Long.toString(id), "delete", null, before, null));
    }

    private void requireProvision(long id) {
        if (catalogue.provision(id).isEmpty()) {
            throw new NotFoundException("This provision does not exist.");
        }
    }

    private List<Problem> provisionProblems(ProvisionDraft draft, @Nullable Long id) {
        var problems = new ArrayList<>(draft.problems());
        if (draft.instrumentId() != null) {
            var instrument = catalogue.instrument(draft.instrumentId());
            if (instrument.isEmpty()) {
                problems.add(ProvisionDraft.Field.INSTRUMENT.problem("The instrument no longer exists."));
            }
            else if (draft.paragraph() != null && catalogue.paragraphTaken(draft.instrumentId(), draft.paragraph(), id)) {
                problems.add(ProvisionDraft.Field.PARAGRAPH.problem(instrument.get().shortTitle() + " already has a "
                        + draft.paragraph() + "."));
            }
        }
        for (var code : draft.categoryCodes()) {
            if (categories.findByCode(code).isEmpty()) {
                problems.add(ProvisionDraft.Field.CATEGORIES.problem("\"" + code + "\" is not a known category."));
            }
        }
        for (var row : draft.scope()) {
            for (var state : new String[] {row.supplierCode(), row.recipientCode()}) {
                if (state != null && countries.findByCode(state).isEmpty()) {
                    problems.add(ProvisionDraft.Field.SCOPE.problem("\"" + state + "\" is not a known state."));
                }
            }
        }
        return problems;
    }

    private ConcurrentEditException conflict(String what, CatalogueRepository.Changed changed) {
        return new ConcurrentEditException(what, changed.by() == null ? null : users.displayName(changed.by()).orElse(null),
                changed.at());
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
