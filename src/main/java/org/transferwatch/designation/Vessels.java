package org.transferwatch.designation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.transferwatch.base.ImoNumbers;

/**
 * How an entity of a list is recognised as a vessel, since the UN lists vessels among its entities: it names an
 * IMO number whose check digit is right for a ship (IMO ship numbers carry one; IMO company numbers, which
 * shipping companies are listed with, do not follow the rule) and its name is not a company's (no "CO", "LTD",
 * "SHIPPING", …). Such a number is then the vessel's IMO ship number; an entity's other IMO numbers are IMO
 * company numbers.
 */
final class Vessels {

    /** "IMO number: 5342883", "IMO 9123456", "International Maritime Organization (IMO) Number: 1790183". */
    private static final Pattern IMO_NUMBER = Pattern.compile("\\bIMO\\b\\D{0,20}?(\\d{7})\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPANY_WORD = Pattern.compile(
            "\\b(CO|COMPANY|CORP|CORPORATION|LTD|LIMITED|INC|LLC|JV|PTE|PLC|GMBH|SA|SHIPPING|SHPG|MARINE|MARITIME|TRADING"
                    + "|ENTERPRISE|ENTERPRISES|GROUP|BANK|BUREAU|COMMITTEE|DEPARTMENT|ORGANIZATION|AGENCY|FRONT|BRIGADE"
                    + "|ARMY|MOVEMENT|NETWORK|FOUNDATION|ASSOCIATION|INDUSTRY|INDUSTRIES|INTERNATIONAL)\\b");

    private Vessels() {
    }

    /** The seven-digit IMO numbers a text names, in order, each once. */
    static List<String> imoNumbers(String text) {
        var numbers = new LinkedHashSet<String>();
        var matcher = IMO_NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return new ArrayList<>(numbers);
    }

    /** Whether the seven digits are a valid IMO ship number (the rule is base's, {@link ImoNumbers}). */
    static boolean isShipNumber(String digits) {
        return ImoNumbers.isShipNumber(digits);
    }

    static boolean isCompanyName(String name) {
        return COMPANY_WORD.matcher(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ")).find();
    }

    /** Whether an entity with this name and these IMO numbers is a vessel. */
    static boolean isVessel(String name, List<String> imoNumbers) {
        return !isCompanyName(name) && imoNumbers.stream().anyMatch(Vessels::isShipNumber);
    }

}
