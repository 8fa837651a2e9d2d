package org.transferwatch.base;

/**
 * The one definition of a valid IMO ship number in Java (the database has its own, imo_ship_number_valid, V084):
 * seven digits whose last is the last digit of the sum of the first six weighted 7, 6, 5, 4, 3 and 2 (IMO
 * Resolution A.1117(30)). IMO company numbers carry no such check digit.
 */
public final class ImoNumbers {

    private ImoNumbers() {
    }

    /** Whether the seven digits are a valid IMO ship number. */
    public static boolean isShipNumber(String digits) {
        return digits.matches("\\d{7}") && checkDigit(digits) == digits.charAt(6) - '0';
    }

    /** The check digit that digits starting with these six should end in (only the first six are read). */
    public static int checkDigit(String digits) {
        var sum = 0;
        for (var i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10;
    }

}
