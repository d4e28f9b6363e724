package jp.hometech.recruitment.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.ConcurrentEditException;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.event.ApplicantPassedInterview;
import jp.hometech.platform.api.event.EventOutbox;
import jp.hometech.recruitment.api.ApplicantStatus;
import jp.hometech.recruitment.api.BookingCommand;
import jp.hometech.recruitment.api.BookingResult;
import jp.hometech.recruitment.api.BookingStatus;
import jp.hometech.recruitment.api.BookingView;
import jp.hometech.recruitment.api.InterviewOutcomeCommand;
import jp.hometech.recruitment.api.InterviewOutcomeView;
import jp.hometech.recruitment.api.InterviewService;
import jp.hometech.recruitment.api.InterviewSlotView;
import jp.hometech.recruitment.api.QualificationRoute;
import jp.hometech.recruitment.api.SlotBatch;
import jp.hometech.recruitment.internal.rules.InterviewChecklist;
import jp.hometech.recruitment.internal.rules.InterviewDeviceRule;
import jp.hometech.recruitment.internal.rules.SlotPlanner;
import jp.hometech.recruitment.internal.screening.ScreeningEngine;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultInterviewService implements InterviewService {

    static final int MAX_RANGE_DAYS = 93;
    private static final List<BookingStatus> HOLDING_PLACE = List.of(BookingStatus.ACTIVE, BookingStatus.COMPLETED);

    @PersistenceContext(unitName = "recruitment")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    EventOutbox outbox;

    @Override
    public List<InterviewSlotView> createSlots(SlotBatch batch, Actor actor) {
        List<SlotPlanner.PlannedSlot> planned = SlotPlanner.plan(batch, Recruitment.now());
        String interviewer = batch.interviewer().strip();
        Instant first = planned.get(0).startsAt();
        Instant last = planned.get(planned.size() - 1).endsAt();
        List<InterviewSlot> existing = em.createQuery("""
                        select s from InterviewSlot s
                        where s.interviewer = :interviewer and s.startsAt < :last and s.endsAt > :first""", InterviewSlot.class)
                .setParameter("interviewer", interviewer).setParameter("first", first).setParameter("last", last)
                .getResultList();
        for (SlotPlanner.PlannedSlot slot : planned) {
            for (InterviewSlot other : existing) {
                if (slot.overlaps(other.getStartsAt(), other.getEndsAt())) {
                    ZonedDateTime at = slot.startsAt().atZone(JapaneseCalendar.ZONE);
                    throw new BusinessException("recruitment.slot.overlapsExisting", at.toLocalDate(), at.toLocalTime());
                }
            }
        }
        Instant now = Recruitment.now();
        List<InterviewSlot> created = new ArrayList<>();
        for (SlotPlanner.PlannedSlot slot : planned) {
            InterviewSlot entity = new InterviewSlot(slot.startsAt(), slot.endsAt(), interviewer, batch.capacity(), now,
                    Recruitment.clip(actor.username(), 64));
            em.persist(entity);
            created.add(entity);
        }
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "SLOTS_CREATED", "interviewer " + interviewer,
                created.size() + " slot(s) from " + first + " to " + last + ", capacity " + batch.capacity());
        return created.stream().map(InterviewSlot::toView).toList();
    }

    @Override
    public List<InterviewSlotView> listSlots(LocalDate from, LocalDate toInclusive) {
        checkRange(from, toInclusive);
        return em.createQuery("""
                        select s from InterviewSlot s where s.startsAt >= :from and s.startsAt < :to
                        order by s.startsAt, s.interviewer""", InterviewSlot.class)
                .setParameter("from", startOf(from)).setParameter("to", startOf(toInclusive.plusDays(1)))
                .getResultStream().map(InterviewSlot::toView).toList();
    }

    @Override
    public List<InterviewSlotView> listOpenSlots(LocalDate from, LocalDate toInclusive) {
        checkRange(from, toInclusive);
        Instant start = startOf(from);
        Instant now = Recruitment.now();
        return em.createQuery("""
                        select s from InterviewSlot s
                        where s.startsAt >= :from and s.startsAt < :to and s.startsAt > :now and s.bookedCount < s.capacity
                        order by s.startsAt, s.interviewer""", InterviewSlot.class)
                .setParameter("from", start).setParameter("to", startOf(toInclusive.plusDays(1)))
                .setParameter("now", now)
                .getResultStream().map(InterviewSlot::toView).toList();
    }

    @Override
    public List<BookingView> listBookings(long slotId) {
        return em.createQuery("""
                        select b from InterviewBooking b join fetch b.applicant join fetch b.slot
                        where b.slot.id = :slotId and b.status in :holding order by b.bookedAt""", InterviewBooking.class)
                .setParameter("slotId", slotId).setParameter("holding", HOLDING_PLACE)
                .getResultStream().map(InterviewBooking::toView).toList();
    }

    @Override
    public void deleteSlot(long slotId, long expectedVersion, Actor actor) {
        InterviewSlot slot = lockedSlot(slotId);
        if (slot.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        long bookings = em.createQuery("select count(b) from InterviewBooking b where b.slot.id = :slotId", Long.class)
                .setParameter("slotId", slotId).getSingleResult();
        if (bookings > 0) {
            throw new BusinessException("recruitment.slot.hasBookings");
        }
        em.remove(slot);
        em.flush();
        auditLog.record(actor, Recruitment.MODULE, "SLOT_DELETED", "slot#" + slotId,
                slot.getInterviewer() + " " + slot.getStartsAt());
    }

    @Override
    public BookingResult book(String portalUsername, BookingCommand command, Actor actor) {
        InterviewDeviceRule.check(command.device(), command.separateTelephone());
        Applicant applicant = Recruitment.lockedApplicantByUsername(em, portalUsername);
        if (applicant.getStatus() == ApplicantStatus.INTERVIEW_BOOKED) {
            throw new BusinessException("recruitment.booking.alreadyBooked");
        }
        if (applicant.getStatus() != ApplicantStatus.INVITED) {
            throw new BusinessException("recruitment.booking.notInvited");
        }
        InterviewSlot slot = lockedSlot(command.slotId());
        InterviewBooking booking = takePlace(applicant, slot, command);
        applicant.changeStatus(ApplicantStatus.INTERVIEW_BOOKED);
        em.flush();
        Recruitment.record(em, auditLog, applicant, actor, "INTERVIEW_BOOKED", bookingDetail(slot, command));
        return new BookingResult(booking.toView(), !command.canAttendNextCohort());
    }

    @Override
    public BookingResult move(String portalUsername, BookingCommand command, Actor actor) {
        InterviewDeviceRule.check(command.device(), command.separateTelephone());
        Applicant applicant = Recruitment.lockedApplicantByUsername(em, portalUsername);
        InterviewBooking current = Recruitment.activeBooking(em, applicant.getId())
                .orElseThrow(() -> new BusinessException("recruitment.booking.none"));
        long currentSlotId = current.getSlot().getId();
        if (currentSlotId == command.slotId()) {
            throw new BusinessException("recruitment.booking.sameSlot");
        }
        requireNotStarted(current.getSlot());
        // Both slots locked in id order, so two applicants swapping slots cannot deadlock.
        InterviewSlot target;
        if (currentSlotId < command.slotId()) {
            lockedSlot(currentSlotId);
            target = lockedSlot(command.slotId());
        } else {
            target = lockedSlot(command.slotId());
            lockedSlot(currentSlotId);
        }
        current.cancel(Recruitment.now());
        em.flush();
        InterviewBooking booking = takePlace(applicant, target, command);
        em.flush();
        Recruitment.record(em, auditLog, applicant, actor, "INTERVIEW_MOVED",
                "from slot#" + currentSlotId + " to " + bookingDetail(target, command));
        return new BookingResult(booking.toView(), !command.canAttendNextCohort());
    }

    @Override
    public void cancel(String portalUsername, Actor actor) {
        Applicant applicant = Recruitment.lockedApplicantByUsername(em, portalUsername);
        InterviewBooking booking = Recruitment.activeBooking(em, applicant.getId())
                .orElseThrow(() -> new BusinessException("recruitment.booking.none"));
        requireNotStarted(booking.getSlot());
        booking.cancel(Recruitment.now());
        applicant.changeStatus(ApplicantStatus.INVITED);
        em.flush();
        Recruitment.record(em, auditLog, applicant, actor, "INTERVIEW_CANCELLED", "slot#" + booking.getSlot().getId());
    }

    @Override
    public Optional<BookingView> activeBooking(String portalUsername) {
        return Recruitment.applicantIdByUsername(em, portalUsername)
                .flatMap(id -> Recruitment.activeBooking(em, id)).map(InterviewBooking::toView);
    }

    @Override
    public InterviewOutcomeView recordOutcome(long applicantId, long expectedVersion, InterviewOutcomeCommand command,
                                             Actor actor) {
        Applicant applicant = Recruitment.lockedApplicant(em, applicantId, expectedVersion);
        if (applicant.getStatus() != ApplicantStatus.INTERVIEW_BOOKED) {
            throw new BusinessException("recruitment.interview.notBooked");
        }
        InterviewBooking booking = Recruitment.activeBooking(em, applicantId)
                .orElseThrow(() -> new BusinessException("recruitment.interview.notBooked"));
        String notes = Recruitment.optionalText(command.notes(), 2000, "recruitment.interview.notesTooLong");
        String failureReason = command.passed() ? null
                : Recruitment.requiredText(command.failureReason(), 500, "recruitment.interview.failureReasonRequired",
                "recruitment.interview.failureReasonTooLong");
        InterviewChecklist checklist = InterviewChecklist.of(command.confirmedTopics());
        if (applicant.getQualificationRoute() == QualificationRoute.SELF_DECLARATION) {
            if (command.passed() && !checklist.allConfirmed()) {
                throw new BusinessException("recruitment.interview.r4cNotConfirmed", checklist.confirmedCount(),
                        InterviewChecklist.total());
            }
            applicant.replaceScreeningResult(ScreeningEngine.confirmedAtInterview(checklist.allConfirmed(),
                    checklist.confirmedCount(), InterviewChecklist.total()));
            applicant.replaceScreeningResult(ScreeningEngine.qualificationAfterInterview(checklist.allConfirmed()));
        }
        Instant now = Recruitment.now();
        booking.complete();
        InterviewOutcome outcome = new InterviewOutcome(applicantId, booking.getId(), command.passed(), notes,
                failureReason, checklist, now, Recruitment.clip(actor.username(), 64));
        em.persist(outcome);
        if (command.passed()) {
            applicant.changeStatus(ApplicantStatus.PASSED);
        } else {
            applicant.close(ApplicantStatus.FAILED, failureReason, now);
        }
        em.flush();
        Recruitment.record(em, auditLog, applicant, actor, command.passed() ? "INTERVIEW_PASSED" : "INTERVIEW_FAILED",
                "R4c topics confirmed " + checklist.confirmedCount() + "/" + InterviewChecklist.total());
        if (command.passed()) {
            outbox.publish(Recruitment.MODULE, new ApplicantPassedInterview(applicantId, applicant.getPortalAccountId()));
        }
        return outcome.toView();
    }

    /**
     * The slot row is locked, so concurrent bookings of one slot count one after the other: the last place goes
     * to exactly one of them. The database's capacity check stands behind this.
     */
    private InterviewBooking takePlace(Applicant applicant, InterviewSlot slot, BookingCommand command) {
        requireNotStarted(slot);
        long taken = em.createQuery(
                        "select count(b) from InterviewBooking b where b.slot.id = :slotId and b.status in :holding", Long.class)
                .setParameter("slotId", slot.getId()).setParameter("holding", HOLDING_PLACE).getSingleResult();
        if (taken >= slot.getCapacity()) {
            throw new BusinessException("recruitment.booking.slotFull");
        }
        InterviewBooking booking = new InterviewBooking(applicant, slot, command.device(), command.separateTelephone(),
                command.canAttendNextCohort(), Recruitment.now());
        em.persist(booking);
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation) {
                    if ("interview_slot_within_capacity".equals(violation.getConstraintName())) {
                        throw new BusinessException("recruitment.booking.slotFull");
                    }
                    if ("interview_booking_one_active_per_applicant".equals(violation.getConstraintName())) {
                        throw new BusinessException("recruitment.booking.alreadyBooked");
                    }
                }
            }
            throw e;
        }
        return booking;
    }

    private InterviewSlot lockedSlot(long slotId) {
        InterviewSlot slot = em.find(InterviewSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new BusinessException("recruitment.slot.notFound");
        }
        return slot;
    }

    private static void requireNotStarted(InterviewSlot slot) {
        if (!slot.getStartsAt().isAfter(Recruitment.now())) {
            throw new BusinessException("recruitment.booking.slotStarted");
        }
    }

    private static String bookingDetail(InterviewSlot slot, BookingCommand command) {
        return "slot#" + slot.getId() + ", " + command.device() + (command.canAttendNextCohort() ? ""
                : ", cannot attend the next cohort");
    }

    private static void checkRange(LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || toInclusive.isBefore(from)) {
            throw new BusinessException("recruitment.slot.rangeInvalid");
        }
        if (ChronoUnit.DAYS.between(from, toInclusive) >= MAX_RANGE_DAYS) {
            throw new BusinessException("recruitment.slot.rangeTooLong", MAX_RANGE_DAYS);
        }
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(JapaneseCalendar.ZONE).toInstant();
    }
}
