package org.transferwatch.designation;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ValidationException;

/**
 * Reads the UN Security Council Consolidated List XML as the UN publishes it, streaming: {@code CONSOLIDATED_LIST}
 * with {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}. Values are trimmed (and runs of spaces and
 * line breaks inside names and numbers made one space), never corrected. A file with a document type
 * declaration is refused, so no entity of the file can reach outside it. Whatever is wrong with the file is
 * reported as one sentence for the user.
 */
final class UnListReader {

    static final String SOURCE = "UN";

    private static final XMLInputFactory FACTORY = secureFactory();

    private UnListReader() {
    }

    private static XMLInputFactory secureFactory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The list in the stream; {@code today} stands for a file that does not say when it was generated. */
    static ListedFile read(InputStream in, LocalDate today) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            return read(xml, today);
        }
        catch (XMLStreamException e) {
            var where = e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                    : " (line " + e.getLocation().getLineNumber() + ")";
            throw new ValidationException("The file is not well-formed XML or breaks off before its end" + where
                    + "; nothing was imported. Download the list again and upload the whole file.");
        }
        finally {
            if (xml != null) {
                try {
                    xml.close();
                }
                catch (XMLStreamException e) {
                    // the parse itself has already succeeded or failed
                }
            }
        }
    }

    private static ListedFile read(XMLStreamReader xml, LocalDate today) throws XMLStreamException {
        var root = firstElement(xml);
        if (!"CONSOLIDATED_LIST".equals(root)) {
            throw new ValidationException("This is not the UN Security Council Consolidated List: the file starts with <"
                    + root + ">, the UN list with <CONSOLIDATED_LIST>. Nothing was imported.");
        }
        var generatedOn = generatedOn(xml.getAttributeValue(null, "dateGenerated")).orElse(today);
        var entries = new ArrayList<ListedEntry>();
        var references = new HashSet<String>();
        while (xml.hasNext()) {
            var event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refusedDtd();
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    && (xml.getLocalName().equals("INDIVIDUAL") || xml.getLocalName().equals("ENTITY"))) {
                var entry = entry(Node.read(xml), entries.size() + 1);
                if (!references.add(entry.reference())) {
                    throw new ValidationException("The reference number " + entry.reference()
                            + " appears twice in the file; nothing was imported.");
                }
                entries.add(entry);
            }
        }
        return new ListedFile(SOURCE, generatedOn, entries);
    }

    private static String firstElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            var event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refusedDtd();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        throw new ValidationException("The file is empty or holds no XML element; nothing was imported.");
    }

    private static ValidationException refusedDtd() {
        return new ValidationException("The file declares a document type (<!DOCTYPE …>), which the UN list never does;"
                + " such files are refused for safety. Nothing was imported.");
    }

    private static Optional<LocalDate> generatedOn(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ListedEntry entry(Node node, int position) {
        var individual = node.name().equals("INDIVIDUAL");
        var reference = node.text("REFERENCE_NUMBER");
        var primaryName = String.join(" ", node.texts("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"));
        var dataId = node.text("DATAID");
        if (reference == null) {
            throw new ValidationException("Entry " + position + " of the file (" + describe(node.name(), primaryName, dataId)
                    + ") has no reference number, which every UN entry has; nothing was imported.");
        }
        if (primaryName.isEmpty()) {
            throw new ValidationException("Entry " + reference + " has no name; nothing was imported.");
        }
        var programme = node.text("UN_LIST_TYPE");
        if (programme == null) {
            throw new ValidationException("Entry " + reference + " names no sanctions regime (UN_LIST_TYPE); nothing"
                    + " was imported.");
        }
        var aliases = new ArrayList<ListedEntry.Name>();
        for (var alias : node.children(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            var name = alias.text("ALIAS_NAME");
            if (name != null) {
                aliases.add(new ListedEntry.Name(name, NameQuality.ofUnAlias(Optional.ofNullable(alias.text("QUALITY")).orElse(""))));
            }
        }
        var narrative = node.multilineText("COMMENTS1");
        var identifiers = new ArrayList<ListedEntry.Identifier>();
        for (var document : node.children("INDIVIDUAL_DOCUMENT")) {
            var number = document.text("NUMBER");
            if (number == null) {
                continue;
            }
            var type = Optional.ofNullable(document.text("TYPE_OF_DOCUMENT")).orElse("");
            var issuing = Optional.ofNullable(document.text("ISSUING_COUNTRY")).orElse(document.text("COUNTRY_OF_ISSUE"));
            identifiers.add(new ListedEntry.Identifier(IdentifierKind.ofUnDocument(type), number, issuing,
                    document.text("NOTE")));
        }
        var imoText = new StringBuilder(narrative == null ? "" : narrative);
        aliases.forEach(alias -> imoText.append(' ').append(alias.name()));
        var imoNumbers = Vessels.imoNumbers(imoText.toString());
        var kind = individual ? DesignationKind.INDIVIDUAL
                : Vessels.isVessel(primaryName, imoNumbers) ? DesignationKind.VESSEL : DesignationKind.ENTITY;
        for (var number : imoNumbers) {
            var ship = kind == DesignationKind.VESSEL && Vessels.isShipNumber(number);
            identifiers.add(new ListedEntry.Identifier(ship ? IdentifierKind.IMO_SHIP : IdentifierKind.IMO_COMPANY, number,
                    null, null));
        }
        var countries = new ArrayList<ListedEntry.Place>();
        for (var nationality : node.children("NATIONALITY")) {
            nationality.values().forEach(text -> addPlace(countries, ListedEntry.Relation.NATIONALITY, text));
        }
        for (var address : node.children(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            var country = address.text("COUNTRY");
            if (country != null) {
                addPlace(countries, ListedEntry.Relation.ADDRESS, country);
            }
        }
        var amended = new ArrayList<LocalDate>();
        for (var updated : node.children("LAST_DAY_UPDATED")) {
            for (var value : updated.values()) {
                amended.add(date(reference, "an amendment date", value));
            }
        }
        var listedOn = node.text("LISTED_ON");
        var version = node.text("VERSIONNUM");
        return new ListedEntry(SOURCE, reference, kind, programme, primaryName, node.text("NAME_ORIGINAL_SCRIPT"),
                listedOn == null ? null : date(reference, "the listing date", listedOn), amended, narrative, dataId,
                version == null ? null : number(reference, version), aliases, identifiers, countries);
    }

    private static void addPlace(List<ListedEntry.Place> places, ListedEntry.Relation relation, String text) {
        var place = new ListedEntry.Place(relation, text);
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    private static String describe(String element, String name, @Nullable String dataId) {
        var kind = element.toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            return "the " + kind + " \"" + name + "\"";
        }
        return dataId == null ? "an " + kind : "the " + kind + " with DATAID " + dataId;
    }

    private static LocalDate date(String reference, String what, String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        }
        catch (DateTimeParseException e) {
            throw new ValidationException("Entry " + reference + ": " + what + " \"" + value
                    + "\" is not a date (YYYY-MM-DD); nothing was imported.");
        }
    }

    private static Integer number(String reference, String value) {
        try {
            return Integer.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new ValidationException("Entry " + reference + ": the version \"" + value
                    + "\" is not a whole number; nothing was imported.");
        }
    }

    /** An element of one entry with its text and children: an entry is small, so it is read whole. */
    record Node(String name, String text, List<Node> children) {

        static Node read(XMLStreamReader xml) throws XMLStreamException {
            var name = xml.getLocalName();
            var text = new StringBuilder();
            var children = new ArrayList<Node>();
            while (true) {
                var event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(read(xml));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ValidationException(
                            "The file refers to an entity (&" + xml.getLocalName() + ";) that the UN list does not use;"
                                    + " nothing was imported.");
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new Node(name, text.toString(), children);
                    }
                    default -> {
                        // comments and processing instructions carry nothing of the list
                    }
                }
            }
        }

        List<Node> children(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).toList();
        }

        /** The child's text on one line, trimmed; null when absent or blank. */
        @Nullable String text(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).findFirst()
                .map(child -> oneLine(child.text)).filter(value -> !value.isEmpty()).orElse(null);
        }

        /** The child's text trimmed at both ends, its line breaks kept; null when absent or blank. */
        @Nullable String multilineText(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).findFirst()
                .map(child -> child.text.strip()).filter(value -> !value.isEmpty()).orElse(null);
        }

        /** The non-blank texts of the named children, in document order. */
        List<String> texts(String... childNames) {
            var texts = new ArrayList<String>();
            for (var childName : childNames) {
                var value = text(childName);
                if (value != null) {
                    texts.add(value);
                }
            }
            return texts;
        }

        /** The non-blank {@code VALUE} children's texts. */
        List<String> values() {
            return children("VALUE").stream().map(child -> oneLine(child.text)).filter(value -> !value.isEmpty()).toList();
        }

        private static String oneLine(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }

    }

}
