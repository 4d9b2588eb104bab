package org.enduse.app.cli.review;

import picocli.CommandLine.Command;

/** Groups the review commands: the queue of candidates ingest made. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review the sighting and transfer candidates 'enduse ingest' found in reports: list them, read each with "
                + "its evidence, correct fields, then accept (making the real record, linked to the source) or reject with a "
                + "reason. Every decision is audited under the reviewer ($ENDUSE_USER, else the login name).",
        subcommands = {ReviewListCommand.class, ReviewShowCommand.class, ReviewEditCommand.class, ReviewAcceptCommand.class,
                ReviewRejectCommand.class},
        footer = {"", "Examples:", "  enduse review list --status pending --kind sighting", "  enduse review show ca_01HZX...",
                "  enduse review edit ca_01HZX... --observed 2023-05-22 --holder rdk", "  enduse review accept ca_01HZX...",
                "  enduse review reject ca_01HZX... --reason 'the report describes a training exercise'"})
public final class ReviewCommand {}
