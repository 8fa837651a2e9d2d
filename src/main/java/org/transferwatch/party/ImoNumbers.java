package org.transferwatch.party;

/**
 * IMO ship numbers: seven digits whose last is the last digit of the first six weighted 7, 6, 5, 4, 3 and 2
 * (IMO Resolution A.1117(30)), the rule the database checks too (imo_ship_number_valid). IMO company numbers
 * have seven digits and no check digit.
 */
final class ImoNumbers {

    private ImoNumbers() {
    }

    /** The check digit seven digits should end in; the first six are read. */
    static int checkDigit(String digits) {
        var sum = 0;
        for (var i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10;
    }

    static boolean isShipNumber(String digits) {
        return digits.matches("\\d{7}") && checkDigit(digits) == digits.charAt(6) - '0';
    }

}
