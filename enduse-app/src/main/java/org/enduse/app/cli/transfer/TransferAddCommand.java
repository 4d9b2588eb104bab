package org.enduse.app.cli.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.enduse.app.cli.OptionValue;
import org.enduse.app.cli.RecordCommands;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.Ids;
import org.enduse.core.common.Money;
import org.enduse.core.common.PartialDate;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.Purpose;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferCsv;
import org.enduse.core.transfer.TransferLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Record a transfer with one line (import a file for packages with several lines).",
        footer = {"", "Examples:",
                "  enduse transfers add --donor BE --recipient UA --announced 2023-01 --equipment fn-scar-l --quantity 200 \\",
                "      --serials FN100..FN299 --status pledged@2023-01 --status delivered@2023-03 --territory UA --end-user ua-afu \\",
                "      --purpose self_defence --retransfer-consent",
                "  enduse transfers add --donor US --recipient UA --description 'MaxxPro MRAP' --quantity 100"})
public final class TransferAddCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Option(names = "--id", description = "The transfer id (default: a new tr_... id).")
    String id;
    @Option(names = "--name", description = "A name for the package, e.g. 'Package 14'.")
    String name;
    @Option(names = "--donor", required = true, paramLabel = "CC", description = "Donor country (ISO 3166-1 alpha-2).")
    String donor;
    @Option(names = "--recipient", required = true, paramLabel = "CC", description = "Recipient country.")
    String recipient;
    @Option(names = "--financier", paramLabel = "CC", description = "Who paid, when not the donor.")
    String financier;
    @Option(names = "--announced", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String announced;
    @Option(names = "--value", paramLabel = "AMOUNT", description = "The package's value; needs --currency.")
    String value;
    @Option(names = "--currency", paramLabel = "ISO4217", description = "e.g. EUR.")
    String currency;
    @Option(names = "--equipment", paramLabel = "TYPE", description = "Catalog type id of the line, e.g. fn-scar-l.")
    String equipment;
    @Option(names = "--description", description = "The equipment as the source describes it.")
    String description;
    @Option(names = "--quantity", paramLabel = "N", description = "How many (blank: unknown).")
    BigDecimal quantity;
    @Option(names = "--unit", description = "items, rounds, tonnes, litres, sets or persons (default: items).")
    String unit;
    @Option(names = "--serials", paramLabel = "SERIAL", split = ";", description = "Serials or ranges A100..A199; repeat or separate with ';'.")
    List<String> serials = new ArrayList<>();
    @Option(names = "--status", paramLabel = "STATUS@DATE", description = "A lifecycle event, e.g. delivered@2023-03; repeat for the history.")
    List<String> history = new ArrayList<>();
    @Option(names = "--territory", paramLabel = "CODE", description = "Permitted territory (ISO 3166 country or region); repeat.")
    List<String> territory = new ArrayList<>();
    @Option(names = "--end-user", paramLabel = "ACTOR", description = "Permitted end user (catalog actor id); repeat.")
    List<String> endUsers = new ArrayList<>();
    @Option(names = "--purpose", description = "self_defence, training, law_enforcement, peacekeeping, humanitarian_demining or unrestricted.")
    String purpose;
    @Option(names = "--retransfer-consent", description = "Re-transfer needs the donor's consent.")
    boolean retransferConsent;
    @Option(names = "--right-to-inspect", description = "The donor may inspect on site.")
    boolean rightToInspect;
    @Option(names = "--source", paramLabel = "ID", description = "A source id the transfer rests on; repeat.")
    List<String> sources = new ArrayList<>();
    @Option(names = "--note")
    String note;

    @Override
    public void run() {
        String transferId = id != null ? id : Ids.next("tr");
        var donorCode = OptionValue.of("--donor", () -> CountryCode.of(donor));
        var recipientCode = OptionValue.of("--recipient", () -> CountryCode.of(recipient));
        var financierCode = OptionValue.of("--financier", () -> CountryCode.ofNullable(financier));
        var announcedDate = OptionValue.of("--announced", () -> PartialDate.parseNullable(announced));
        var events = OptionValue.of("--status", () -> history.stream().map(TransferCsv::event).toList());
        var ranges = OptionValue.of("--serials", () -> serials.stream().map(SerialRange::parse).toList());
        var lines = new ArrayList<TransferLine>();
        if (equipment != null || description != null) {
            lines.add(new TransferLine("l1", new EquipmentRef(equipment, description), new Quantity(quantity, QuantityUnit.parse(unit)),
                    ranges, events, null));
        }
        var terms = new EndUseTerms(territory, endUsers, Enums.parse(Purpose.class, purpose, "purpose"), retransferConsent, rightToInspect, null);
        var money = OptionValue.of("--value", () -> value == null ? null : Money.of(value, currency));
        var transfer = new Transfer(transferId, name, donorCode, recipientCode, financierCode, announcedDate, money, lines, terms, sources, note);
        RecordCommands.addNew(spec, "transfer", transferId, repos -> repos.transfers().exists(transferId), repos -> repos.transfers().save(transfer));
    }
}
