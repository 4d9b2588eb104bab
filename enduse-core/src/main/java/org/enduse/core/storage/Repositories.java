package org.enduse.core.storage;

import org.enduse.core.assess.AssessmentRepository;
import org.enduse.core.audit.AuditLog;
import org.enduse.core.inquiry.InquiryRepository;
import org.enduse.core.ingest.ReportRepository;
import org.enduse.core.review.CandidateRepository;
import org.enduse.core.sighting.SightingRepository;
import org.enduse.core.source.SourceRepository;
import org.enduse.core.transfer.TransferRepository;

/** The repositories of one unit of work; valid only inside the {@link Store} call that gave them. */
public record Repositories(TransferRepository transfers, SightingRepository sightings, SourceRepository sources,
                           InquiryRepository inquiries, AssessmentRepository assessments, ReportRepository reports,
                           CandidateRepository candidates, AuditLog audit) {}
