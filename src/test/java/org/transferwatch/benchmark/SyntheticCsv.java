package org.transferwatch.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.transferwatch.exchange.TransferCsv;

/**
 * A file in the exchange CSV format for import measurements: transfers between 20 states with a claim each,
 * naming 50 sources, every row valid. Natural keys are {@code keyPrefix} and the row number.
 */
public final class SyntheticCsv {

    private static final List<String> STATES = List.of("RUS", "PRK", "IRN", "CHN", "BLR", "UKR", "USA", "FRA", "DEU",
            "TUR", "ISR", "IND", "PAK", "SYR", "EGY", "BRA", "ZAF", "SAU", "ARE", "KOR");

    private static final List<String> STATUSES = List.of("reported", "under_negotiation", "agreed", "in_delivery",
            "delivered", "denied", "disputed");

    private SyntheticCsv() {
    }

    public static byte[] transfers(int rows, String keyPrefix) {
        return transfers(rows, keyPrefix, 0);
    }

    /**
     * The same rows with their status and confidence moved on by {@code revision}: imported over the rows of
     * revision 0, each transfer changes status and (for an odd revision) confidence.
     */
    public static byte[] transfers(int rows, String keyPrefix, int revision) {
        var csv = new StringBuilder(rows * 330);
        csv.append(TransferCsv.BYTE_ORDER_MARK).append("natural_key,supplier_code,recipient_code,kind,category,item,"
                + "quantity_low,quantity_high,quantity_unit,quantity_estimate,status,period_start,period_end,"
                + "period_precision,confidence,notes,source,source_url,quote,grade\r\n");
        for (int i = 0; i < rows; i++) {
            var supplier = STATES.get(i % STATES.size());
            var recipient = STATES.get((i / STATES.size() + 1 + i) % STATES.size());
            if (recipient.equals(supplier)) {
                recipient = STATES.get((STATES.indexOf(supplier) + 1) % STATES.size());
            }
            var year = 1990 + i % 35;
            csv.append(keyPrefix).append(i).append(',').append(supplier).append(',').append(recipient).append(',')
                .append(i % 5 == 0 ? "raw_material,," : "arms,ML3,")
                .append("Synthetic item ").append(i).append(',')
                .append(i % 1000).append(',').append(i % 1000 + 50).append(",units,").append(i % 3 == 0).append(',')
                .append(STATUSES.get((i + revision) % STATUSES.size())).append(',')
                .append(year).append("-01-01,").append(year).append("-12-31,year,")
                .append((i + revision) % 2 == 0 ? "moderate" : "low").append(',')
                .append("\"Synthetic row ").append(i).append(" for the throughput measurement, with a comma and \"\"quotes\"\"\",")
                .append("Monitoring report ").append(i % 50).append(",https://example.org/reports/").append(i % 50)
                .append(",Quoted sentence number ").append(i).append(".,").append(i % 2 == 0 ? "B2" : "C3").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

}
