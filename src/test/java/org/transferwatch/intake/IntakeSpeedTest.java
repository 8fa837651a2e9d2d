package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A 10,000-word report is read whole (issue 18's goal: under 2 s on this machine): a report generated from sentences of the shapes the
 * assistant reads, with states, capitals, ports, goods, quantities and dates, read once to warm up (a report from
 * another seed) and then timed, the best of five runs. Prints the figure; docs/performance.md has it with the command.
 * The assertion is a guard against a reading that has gone pathological (three times the goal), not the goal itself:
 * on a CI machine whose two cores run the rest of the suite at once, the best of five has measured 2.7 s.
 */
class IntakeSpeedTest {

    private static final List<String> SUPPLIERS = List.of("North Korea", "Pyongyang", "Iran", "Tehran", "Belarus",
            "China", "the DPRK");

    private static final List<String> RECIPIENTS = List.of("Russia", "Moscow", "the Kremlin", "Syria", "Myanmar");

    private static final List<String> GOODS = List.of("artillery shells", "ballistic missiles", "attack drones",
            "machine tools", "refined petroleum", "anti-tank and anti-aircraft missiles", "Pantsir-class air defence vehicles",
            "rocket launchers", "containers of ammunition", "microelectronics");

    private static final List<String> PORTS = List.of("Rajin", "Nampo", "Vostochny", "Dunai", "Amirabad", "Nakhodka");

    /** %1$s supplier, %2$s goods, %3$d a number, %4$s recipient, %5$s a port. */
    private static final List<String> SHAPES = List.of(
            "%1$s has also supplied %2$s to %4$s, officials said on Monday.",
            "More than %3$d containers of %2$s were transferred from %1$s to %4$s last year.",
            "Since August 2023, %1$s has transferred at least one batch of %2$s to %4$s.",
            "%4$s denied that any agreement on %2$s had been signed with %1$s.",
            "Talks between %1$s and %4$s over deliveries of %2$s continued in the capital.",
            "Satellite images show %2$s loaded at %5$s in March, the think tank said.",
            "The %2$s %4$s fired at Kharkiv were made in %1$s, prosecutors said.",
            "Analysts said the war had changed the region's trade, with prices rising and routes shifting.",
            "%4$s is expected to receive more %2$s from %1$s in coming months.");

    static String report(long seed, int words) {
        var random = new Random(seed);
        var text = new StringBuilder();
        int count = 0;
        while (count < words) {
            var shape = SHAPES.get(random.nextInt(SHAPES.size()));
            var supplier = SUPPLIERS.get(random.nextInt(SUPPLIERS.size()));
            var recipient = RECIPIENTS.get(random.nextInt(RECIPIENTS.size()));
            var goods = GOODS.get(random.nextInt(GOODS.size()));
            var port = PORTS.get(random.nextInt(PORTS.size()));
            var sentence = String.format(shape, supplier, goods, 100 + random.nextInt(9000), recipient, port);
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
            text.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
            count += sentence.split("\\s+").length;
        }
        return text.toString();
    }

    @Test
    void a_ten_thousand_word_report_is_read_whole_and_well_within_a_few_seconds() {
        var assistant = MigrationAliases.assistant();
        var reported = LocalDate.of(2024, 11, 20);
        assistant.read(report(1, 10_000), reported);
        var text = report(2, 10_000);
        // The best of five: the machine is shared, and the figure is the assistant's, not the neighbours'.
        long millis = Long.MAX_VALUE;
        Reading reading = null;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            reading = assistant.read(text, reported);
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
        }
        System.out.printf("intake: a %,d-word report read in %,d ms, %d proposals%n", text.split("\\s+").length, millis,
                reading.proposals().size());
        assertThat(text.split("\\s+")).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(reading.proposals()).isNotEmpty();
        assertThat(millis).as("milliseconds to read a 10,000-word report").isLessThan(6_000);
    }

}
