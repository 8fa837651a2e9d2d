package org.transferwatch.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.party.PartyDraft;
import org.transferwatch.party.PartyIdentifierKind;
import org.transferwatch.party.PartyKind;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferSanctionsService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/**
 * On start, creates one demo user per role (passwords generated and logged once) and, in an empty
 * database, the demo data set: the Yonhap article of 30 Aug 2023 and the three transfers it reports,
 * each with its quoted sentences, grades and confirmed sanctions links, published by the demo
 * reviewer. Running it again changes nothing.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String ARTICLE = "demo/yonhap-russia-dprk-arms-negotiations.txt";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final LocalDate REPORTED_ON = LocalDate.of(2023, 8, 30);

    private static final String ARTICLE_URL = "https://en.yna.co.kr/view/AEN20230831000251325";

    /**
     * The UN bans on the DPRK's exports of raw materials in force in 2023: coal, iron and iron ore (UNSCR 2371 para 8,
     * which replaced UNSCR 2270 para 29's caps), gold, titanium and vanadium ores and rare earths (UNSCR 2270 para 30),
     * and lead (UNSCR 2371 para 10).
     */
    private static final Set<String> RAW_MATERIAL_BANS = Set.of("UNSCR 2371 (2017) para 8",
            "UNSCR 2270 (2016) para 30", "UNSCR 2371 (2017) para 10");

    private final UserService users;

    private final SourceService sources;

    private final TransferService transfers;

    private final TransferSanctionsService transferSanctions;

    private final SanctionsService sanctions;

    private final TransferReviewService reviews;

    private final EvidenceService evidenceService;

    private final PartyService parties;

    private final TransferPartyService transferParties;

    private final ShipmentService shipments;

    private final PlaceService places;

    private final TransactionTemplate transaction;

    private final boolean enabled;

    private final @Nullable String fixedPassword;

    DemoDataLoader(UserService users, SourceService sources, TransferService transfers,
            TransferSanctionsService transferSanctions, SanctionsService sanctions, TransferReviewService reviews,
            EvidenceService evidenceService, PartyService parties, TransferPartyService transferParties,
            ShipmentService shipments, PlaceService places, TransactionTemplate transaction,
            @Value("${transferwatch.demo.enabled:true}") boolean enabled,
            @Value("${transferwatch.demo.password:#{null}}") @Nullable String fixedPassword) {
        this.users = users;
        this.sources = sources;
        this.transfers = transfers;
        this.transferSanctions = transferSanctions;
        this.sanctions = sanctions;
        this.reviews = reviews;
        this.evidenceService = evidenceService;
        this.parties = parties;
        this.transferParties = transferParties;
        this.shipments = shipments;
        this.places = places;
        this.transaction = transaction;
        this.enabled = enabled;
        this.fixedPassword = fixedPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            load();
        }
    }

    void load() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            actAs(Role.ADMIN);
            createUsers();
            transaction.executeWithoutResult(status -> loadTransfers());
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void createUsers() {
        for (var role : Role.values()) {
            var username = role.dbValue();
            var password = fixedPassword != null ? fixedPassword : generatePassword();
            if (users.createIfMissing(username, "Demo " + role.label().toLowerCase(), password, role)) {
                if (fixedPassword == null) {
                    log.warn("Demo user '{}' ({}) created with password: {}   (shown once; change it or disable demo data"
                            + " in production)", username, role.label(), password);
                }
                else {
                    log.info("Demo user '{}' ({}) created with the configured demo password", username, role.label());
                }
            }
        }
    }

    private void loadTransfers() {
        actAs(Role.ANALYST);
        var article = new NewSource(SourceKind.NEWS_ARTICLE,
                "US says Russia-North Korea arms negotiations are actively advancing", "Yonhap News Agency",
                "John Kirby (NSC coordinator for strategic communications), quoted", ARTICLE_URL, REPORTED_ON, "en",
                articleText());
        var added = sources.add(article);
        if (added.duplicate()) {
            return;
        }
        long source = added.source().id();

        var munitions = transfers.createDraftOnce("demo:yonhap-2023-08-30:munitions", new TransferDraft("PRK", "RUS",
                TransferKind.ARMS, "ML3", "Munitions, multiple types", null,
                Quantity.UNKNOWN, null, TransferStatus.UNDER_NEGOTIATION,
                Period.year(2023), REPORTED_ON, null,
                "\"Significant quantities and multiple types\". US NSC: negotiations \"actively advancing\"; high-level "
                        + "discussions may continue in coming months.",
                Confidence.MODERATE));
        evidenceService.addClaim(munitions, new NewClaim(source,
                "Now, among these potential deals, Russia would receive significant quantities and multiple types of "
                        + "munitions from the DPRK, which the Russian military plans to use in Ukraine,",
                Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        evidenceService.addClaim(munitions, new NewClaim(source,
                "The DPRK has said publicly that they will not sell (weapons) to Russia.", Stance.DISPUTES,
                AdmiraltyGrade.parse("B4")));

        var shells = transfers.createDraftOnce("demo:yonhap-2023-08-30:shells-and-rockets", new TransferDraft("PRK",
                "RUS", TransferKind.ARMS, "ML3", "Infantry artillery shells and rockets", null,
                new Quantity(new BigDecimal("1000000"), null, "shells and rockets", true), null, TransferStatus.DELIVERED,
                Period.quarter(2022, 4), REPORTED_ON, null,
                "\"Late last year\" in a report of 30 Aug 2023: Q4 2022. The DPRK denies it.", Confidence.MODERATE));
        evidenceService.addClaim(shells, new NewClaim(source,
                "North Korea is said to have provided millions of infantry artillery shells and rockets to Russia late "
                        + "last year.",
                Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
        evidenceService.addClaim(shells, new NewClaim(source,
                "North Korea has strongly and repeatedly dismissed the accusation.", Stance.DISPUTES,
                AdmiraltyGrade.parse("B4")));

        var rawMaterials = transfers.createDraftOnce("demo:yonhap-2023-08-30:raw-materials", new TransferDraft("PRK",
                "RUS", TransferKind.RAW_MATERIAL, null, "Raw materials for Russia's defence industrial base", null,
                Quantity.UNKNOWN, null, TransferStatus.POSSIBLE, Period.year(2023), REPORTED_ON, null,
                "Possible: the NSC says North Korea \"may also seek to provide\" them. Which raw materials is not said;"
                        + " the links are the UN bans on the DPRK's exports of coal, iron, iron ore and other minerals.",
                Confidence.LOW));
        evidenceService.addClaim(rawMaterials, new NewClaim(source,
                "The NSC official noted that North Korea may also seek to provide raw materials for Russia's defense "
                        + "industrial base.",
                Stance.SUPPORTS, AdmiraltyGrade.parse("B3")));

        recordIllustrativeShipment(shells);

        confirm(munitions, provision -> provision.citation().equals("UNSCR 1874 (2009) para 9"),
                "The DPRK's supply of arms is banned; a deal under negotiation would breach it once carried out");
        confirm(shells, provision -> provision.citation().equals("UNSCR 1874 (2009) para 9"),
                "Reported as delivered: the DPRK's supply of arms is banned");
        confirm(rawMaterials, provision -> RAW_MATERIAL_BANS.contains(provision.citation()),
                "Would breach this export ban if the raw materials are among its goods; the source does not say which");

        actAs(Role.REVIEWER);
        for (var transfer : List.of(munitions, shells, rawMaterials)) {
            reviews.publish(transfer, transfers.version(transfer).orElseThrow());
        }
        log.info("Loaded the demo data set: 2 sources, 3 transfers, 2 parties, 1 shipment");
    }

    /**
     * A shipment of the shells with its vessel and shipping company, so that the demo shows parties, a route and
     * a possible designation match. The source says that it is illustrative: the company's part is invented for
     * the demo (its name and IMO company number are those of a UN-listed DPRK shipping company, so that the match
     * can be shown), and it is graded F6, reliability and truth not judged.
     */
    private void recordIllustrativeShipment(long shells) {
        var added = sources.add(new NewSource(SourceKind.OTHER,
                "Demo: an illustrative shipment record (not a published report)", "TransferWatch demo data", null, null,
                null, "en", ILLUSTRATIVE_RECORD));
        long source = added.source().id();
        var grade = AdmiraltyGrade.parse("F6");
        var vessel = parties.create(new PartyDraft(PartyKind.VESSEL, "Angara", List.of(), "RUS",
                "Russian-flagged cargo ship (demo data).", List.of(), List.of()));
        var shipper = parties.create(new PartyDraft(PartyKind.COMPANY, "Korea Achim Shipping Co", List.of(), "PRK",
                "Demo data: its part in this transfer is invented.",
                List.of(new PartyDraft.Identifier(PartyIdentifierKind.IMO_COMPANY, "5936312")), List.of()));
        transferParties.addParty(shells, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(new NewClaim(source, "Korea Achim Shipping Co arranged the shipment.", Stance.SUPPORTS, grade))));
        transferParties.addParty(shells, new NewTransferParty(vessel, PartyRole.CARRIER, null,
                List.of(new NewClaim(source, "the Russian-flagged cargo ship Angara loaded containers at Rajin and "
                        + "discharged them at the port of Dunai", Stance.SUPPORTS, grade))));
        var rajin = places.search("Rajin", 0, 1).getFirst().id();
        var dunai = places.search("Dunai", 0, 1).getFirst().id();
        shipments.addShipment(shells, new ShipmentDraft(ShipmentMode.SEA, false, null, vessel, null, rajin, dunai, null,
                null, null, Quantity.UNKNOWN, null),
                List.of(new NewClaim(source, "the Russian-flagged cargo ship Angara loaded containers at Rajin and "
                        + "discharged them at the port of Dunai", Stance.SUPPORTS, grade)));
    }

    /** Links the provision as an analyst would by hand, with the analyst's reasoning as its note. */
    private void confirm(long transfer, Predicate<Provision> which, String note) {
        sanctions.activeProvisions().stream().filter(which).forEach(provision -> transferSanctions
            .decideProvision(transfer, provision.id(), SanctionsLink.Decision.CONFIRMED, note + " (demo data)."));
    }

    private static void actAs(Role role) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(role.dbValue(), null, role.authorities()));
    }

    private static final String ILLUSTRATIVE_RECORD = """
            Illustrative record for the TransferWatch demo, not a published report. It shows how an analyst records \
            the legs and parties of a transfer: the Russian-flagged cargo ship Angara loaded containers at Rajin and \
            discharged them at the port of Dunai. Korea Achim Shipping Co arranged the shipment. The company's part \
            is invented for the demo; its name and IMO company number are those of a DPRK shipping company on the UN \
            Security Council's Consolidated List, so that the app can show a possible designation match.""";

    private static String articleText() {
        try (var in = new ClassPathResource(ARTICLE).getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The fixture starts with a metadata header that is not part of the article.
            var separator = text.indexOf("\n---\n");
            return separator < 0 ? text.strip() : text.substring(separator + 5).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String generatePassword() {
        var alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

}
