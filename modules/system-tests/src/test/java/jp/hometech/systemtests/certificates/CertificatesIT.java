package jp.hometech.systemtests.certificates;

import jakarta.ejb.EJB;
import jp.hometech.certificates.api.CertificateDocument;
import jp.hometech.certificates.api.CertificatePurpose;
import jp.hometech.certificates.api.CertificateQuery;
import jp.hometech.certificates.api.CertificateService;
import jp.hometech.certificates.api.CertificateStatus;
import jp.hometech.certificates.api.CertificateView;
import jp.hometech.certificates.api.DocumentKind;
import jp.hometech.certificates.api.IssueCommand;
import jp.hometech.certificates.api.VerificationOutcome;
import jp.hometech.certificates.api.VerificationResult;
import jp.hometech.certificates.api.VerificationService;
import jp.hometech.platform.api.BusinessException;
import jp.hometech.platform.api.PageRequest;
import jp.hometech.platform.api.audit.AuditEntryView;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.audit.AuditQuery;
import jp.hometech.platform.api.calendar.JapaneseCalendar;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.recruitment.api.ContractService;
import jp.hometech.recruitment.api.ContractView;
import jp.hometech.systemtests.support.Deployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificates module through its api, inside WildFly against PostgreSQL, with real contracts and work records. */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    private static final Actor STAFF = new Actor("it-recruiter", "192.0.2.20");
    private static final Pattern TOKEN = Pattern.compile("t=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @EJB(lookup = "java:global/backoffice/certificates/DefaultCertificateService!jp.hometech.certificates.api.CertificateService")
    CertificateService certificates;

    @EJB(lookup = "java:global/backoffice/certificates/DefaultVerificationService!jp.hometech.certificates.api.VerificationService")
    VerificationService verification;

    @EJB(lookup = "java:global/backoffice/recruitment/DefaultContractService!jp.hometech.recruitment.api.ContractService")
    ContractService contracts;

    @EJB(lookup = "java:global/backoffice/platform/DefaultAuditLog!jp.hometech.platform.api.audit.AuditLog")
    AuditLog auditLog;

    @Test
    void aContractorsOwnIssueIsLoggedWithWhoForWhomPurposeDataPrintedAndTheHashOfThePdf_C3_C4() throws Exception {
        WorkingContractors.Contractor contractor = WorkingContractors.create("発行 一郎", "ハッコウ イチロウ");
        Actor self = new Actor(contractor.username(), "192.0.2.51");

        CertificateView issued = certificates.issueOwn(new IssueCommand(CertificatePurpose.NURSERY, null, "ignored"), self);

        assertTrue(issued.getNumber().matches("BC-\\d{4}-\\d{6,}"), issued.getNumber());
        assertEquals(contractor.username(), issued.getIssuedBy());
        assertFalse(issued.isIssuedByStaff());
        assertEquals(contractor.accountId(), issued.getContractorAccountId());
        assertEquals(contractor.contract().getId(), issued.getContractId());
        assertEquals(CertificatePurpose.NURSERY, issued.getPurpose());
        assertNull(issued.getRemarks(), "a contractor cannot add a staff remark");
        assertEquals(CertificateStatus.VALID, issued.getStatus());
        assertEquals(JapaneseCalendar.standard().today(), issued.getIssueDate());

        CertificateView logged = certificates.search(new CertificateQuery(issued.getNumber(), null, null), PageRequest.first(10))
                .rows().get(0);
        assertEquals(issued.getNumber(), logged.getNumber());
        assertTrue(logged.getPrintedData().contains("\"name\":\"発行 一郎\""), logged.getPrintedData());
        assertTrue(logged.getPrintedData().contains("\"minutes\":810"), logged.getPrintedData());
        CertificateDocument pdf = certificates.document(issued.getNumber(), DocumentKind.CERTIFICATE).orElseThrow();
        assertEquals(sha256(pdf.getContent()), logged.getPdfSha256());
        CertificateDocument workRecord = certificates.document(issued.getNumber(), DocumentKind.WORK_RECORD).orElseThrow();
        assertEquals(sha256(workRecord.getContent()), logged.getWorkRecordSha256());
        assertEquals(List.of(issued.getNumber()), certificates.ownCertificates(self).stream().map(CertificateView::getNumber).toList());
        List<AuditEntryView> audit = auditLog.search(new AuditQuery(contractor.username(), "certificates", "CERTIFICATE_ISSUED",
                "certificate#" + issued.getNumber(), null, null), PageRequest.first(10)).rows();
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).getDetail().contains(logged.getPdfSha256()), audit.get(0).getDetail());

        String text = text(pdf);
        keep(issued.getNumber() + "-own.pdf", pdf);
        keep(issued.getNumber() + "-work-record.pdf", workRecord);
        assertTrue(text.contains("発行 一郎") && text.contains("ハッコウ イチロウ"), text);
        assertTrue(text.contains("業務委託契約（雇用関係はありません）"), text);
        assertTrue(text.contains(contractor.startDate().getYear() + "年" + contractor.startDate().getMonthValue() + "月1日"), text);
        assertTrue(text.contains("9時間30分") && text.contains("13時間30分") && text.contains("6時間15分"), text);
        assertTrue(text.contains("29時間15分"), "the total of the three months: " + text);
        String days = text(workRecord);
        assertTrue(days.contains(issued.getNumber()) && days.contains("16:15") && days.contains("合計（6日）"), days);
    }

    @Test
    void staffReissueSupersedesTheEarlierNumberOnceAndTheQrTokensSaySo_C4() throws Exception {
        WorkingContractors.Contractor contractor = WorkingContractors.create("再発 二郎", "サイハツ ジロウ");
        CertificateView first = certificates.issue(contractor.accountId(),
                new IssueCommand(CertificatePurpose.OTHER, "市役所 保育課", "令和9年4月入園用"), STAFF);
        String firstToken = token(first);

        CertificateView second = certificates.reissue(first.getId(), first.getVersion(),
                new IssueCommand(CertificatePurpose.NURSERY, null, "再発行（氏名の表記を確認）"), STAFF);

        CertificateView old = certificates.find(first.getId()).orElseThrow();
        assertEquals(CertificateStatus.SUPERSEDED, old.getStatus());
        assertEquals(second.getNumber(), old.getSupersededByNumber());
        assertEquals(first.getNumber(), second.getReissueOfNumber());
        assertEquals(CertificateStatus.VALID, second.getStatus());
        assertTrue(second.isIssuedByStaff());
        assertEquals("再発行（氏名の表記を確認）", second.getRemarks());
        assertTrue(text(certificates.document(second.getNumber(), DocumentKind.CERTIFICATE).orElseThrow())
                .contains("再発行（氏名の表記を確認）"));
        BusinessException again = assertThrows(BusinessException.class, () -> certificates.reissue(old.getId(), old.getVersion(),
                IssueCommand.forPurpose(CertificatePurpose.NURSERY), STAFF));
        assertEquals("certificates.reissue.alreadySuperseded", again.messageKey());
        BusinessException stale = assertThrows(BusinessException.class, () -> certificates.reissue(second.getId(),
                second.getVersion() + 1, IssueCommand.forPurpose(CertificatePurpose.NURSERY), STAFF));
        assertEquals("common.concurrentEdit", stale.messageKey());

        Actor nursery = new Actor("anonymous", uniqueAddress());
        VerificationResult superseded = verification.verify(firstToken, nursery);
        assertEquals(VerificationOutcome.SUPERSEDED, superseded.getOutcome());
        assertEquals(first.getNumber(), superseded.getNumber());
        assertEquals(first.getIssueDate(), superseded.getIssueDate());
        assertEquals("再＊ 二＊", superseded.getMaskedName());
        assertEquals(VerificationOutcome.VALID, verification.verify(token(second), nursery).getOutcome());
        assertEquals(1, auditLog.search(new AuditQuery(STAFF.username(), "certificates", "CERTIFICATE_SUPERSEDED",
                "certificate#" + first.getNumber(), null, null), PageRequest.first(10)).totalCount());
    }

    @Test
    void verificationOfAnUnknownOrMalformedTokenSaysUnknownAndEveryLookUpIsAudited_C4() {
        String address = uniqueAddress();
        Actor nursery = new Actor("anonymous", address);

        VerificationResult unknown = verification.verify("A".repeat(43), nursery);
        VerificationResult malformed = verification.verify("../../etc/passwd", nursery);
        VerificationResult missing = verification.verify(null, nursery);

        for (VerificationResult result : List.of(unknown, malformed, missing)) {
            assertEquals(VerificationOutcome.UNKNOWN, result.getOutcome());
            assertNull(result.getNumber());
            assertNull(result.getMaskedName());
        }
        List<AuditEntryView> audit = auditLog.search(new AuditQuery("anonymous", "certificates", "CERTIFICATE_VERIFIED", null,
                null, null), PageRequest.first(200)).rows().stream().filter(e -> address.equals(e.getRemoteAddress())).toList();
        assertEquals(3, audit.size(), audit.toString());
        assertTrue(audit.stream().allMatch(e -> e.getDetail().startsWith("UNKNOWN")));
        assertTrue(audit.stream().noneMatch(e -> e.getDetail().contains("A".repeat(43))), "the token itself is never logged");
    }

    @Test
    void aCertificateOfAContractThatHasEndedSinceSaysSoWhileOneIssuedAfterTheEndStaysValid_C3_C4() throws Exception {
        WorkingContractors.Contractor contractor = WorkingContractors.create("終了 三郎", "シュウリョウ サブロウ");
        CertificateView beforeTheEnd = certificates.issue(contractor.accountId(), IssueCommand.forPurpose(CertificatePurpose.NURSERY), STAFF);
        LocalDate yesterday = JapaneseCalendar.standard().today().minusDays(1);
        ContractView contract = contracts.find(contractor.contract().getId()).orElseThrow();
        contracts.end(contract.getId(), contract.getVersion(), yesterday, "契約期間満了", STAFF);

        CertificateView afterTheEnd = certificates.issue(contractor.accountId(), IssueCommand.forPurpose(CertificatePurpose.NURSERY), STAFF);

        Actor nursery = new Actor("anonymous", uniqueAddress());
        assertEquals(VerificationOutcome.CONTRACT_ENDED, verification.verify(token(beforeTheEnd), nursery).getOutcome());
        assertEquals(VerificationOutcome.VALID, verification.verify(token(afterTheEnd), nursery).getOutcome());
        String text = text(certificates.document(afterTheEnd.getNumber(), DocumentKind.CERTIFICATE).orElseThrow());
        assertTrue(text.contains("まで有効でした（本証明日現在、終了しています）。"), text);
    }

    @Test
    void aSuspendedContractsCertificateSaysTheWorkIsSuspended_C3() throws Exception {
        WorkingContractors.Contractor contractor = WorkingContractors.create("休止 四郎", "キュウシ シロウ");
        ContractView contract = contracts.find(contractor.contract().getId()).orElseThrow();
        contracts.suspend(contract.getId(), contract.getVersion(), "本人の申出による休止", STAFF);

        CertificateView issued = certificates.issueOwn(IssueCommand.forPurpose(CertificatePurpose.MUNICIPALITY),
                new Actor(contractor.username(), "192.0.2.52"));

        CertificateDocument pdf = certificates.document(issued.getNumber(), DocumentKind.CERTIFICATE).orElseThrow();
        keep(issued.getNumber() + "-suspended.pdf", pdf);
        String text = text(pdf);
        assertTrue(text.contains("本契約は有効ですが、業務を休止しています"), text);
        assertFalse(text.contains("本人の申出による休止"), "the reason stays private: " + text);
    }

    @Test
    void aContractorNeverGetsAnotherPersonsCertificateWhateverNumberTheyAskFor_C4() {
        WorkingContractors.Contractor a = WorkingContractors.create("本人 五郎", "ホンニン ゴロウ");
        WorkingContractors.Contractor b = WorkingContractors.create("他人 六郎", "タニン ロクロウ");
        CertificateView ofA = certificates.issueOwn(IssueCommand.forPurpose(CertificatePurpose.NURSERY),
                new Actor(a.username(), "192.0.2.53"));
        Actor asB = new Actor(b.username(), "192.0.2.54");

        assertTrue(certificates.ownDocument(ofA.getNumber(), DocumentKind.CERTIFICATE, asB).isEmpty());
        assertTrue(certificates.ownDocument(ofA.getNumber(), DocumentKind.WORK_RECORD, asB).isEmpty());
        assertTrue(certificates.ownCertificates(asB).isEmpty());
        assertTrue(certificates.ownDocument(ofA.getNumber(), DocumentKind.CERTIFICATE, new Actor(a.username(), null)).isPresent());
        BusinessException staffSelfService = assertThrows(BusinessException.class,
                () -> certificates.issueOwn(IssueCommand.forPurpose(CertificatePurpose.NURSERY), STAFF));
        assertEquals("certificates.issue.notAContractor", staffSelfService.messageKey());
        assertTrue(certificates.ownDocument(ofA.getNumber(), DocumentKind.CERTIFICATE, STAFF).isEmpty());
    }

    @Test
    void otherAsPurposeNeedsANoteAndTooLongRemarksAreRefused_C4() {
        WorkingContractors.Contractor contractor = WorkingContractors.create("目的 七子", "モクテキ ナナコ");

        BusinessException noNote = assertThrows(BusinessException.class, () -> certificates.issue(contractor.accountId(),
                new IssueCommand(CertificatePurpose.OTHER, " ", null), STAFF));
        BusinessException noPurpose = assertThrows(BusinessException.class, () -> certificates.issue(contractor.accountId(),
                new IssueCommand(null, null, null), STAFF));
        BusinessException tooLong = assertThrows(BusinessException.class, () -> certificates.issue(contractor.accountId(),
                new IssueCommand(CertificatePurpose.NURSERY, null, "長".repeat(101)), STAFF));

        assertEquals("certificates.issue.purposeNoteRequired", noNote.messageKey());
        assertEquals("certificates.issue.purposeRequired", noPurpose.messageKey());
        assertEquals("certificates.issue.remarksTooLong", tooLong.messageKey());
        assertEquals(0, certificates.search(new CertificateQuery(null, null, contractor.accountId()), PageRequest.first(10))
                .totalCount(), "nothing is stored on bad input");
    }

    @Test
    void anAddressThatLooksUpTooOftenInAMinuteIsRefusedForAWhile_C4() {
        Actor prober = new Actor("anonymous", uniqueAddress());
        int refused = 0;
        // 41 look-ups within a minute: even when a minute boundary falls between them, one minute gets more than 20.
        for (int i = 0; i < 41; i++) {
            if (verification.verify("B".repeat(43), prober).getOutcome() == VerificationOutcome.RATE_LIMITED) {
                refused++;
            }
        }
        assertTrue(refused >= 1 && refused <= 21, "refused " + refused);
        long audited = auditLog.search(new AuditQuery("anonymous", "certificates", "CERTIFICATE_VERIFY_RATE_LIMITED", null,
                null, null), PageRequest.first(200)).rows().stream()
                .filter(e -> prober.remoteAddress().equals(e.getRemoteAddress())).count();
        assertTrue(audited >= 1 && audited <= 2, "one audit line per minute of refusals, not one per refusal: " + audited);
    }

    private String token(CertificateView certificate) throws IOException {
        String text = text(certificates.document(certificate.getNumber(), DocumentKind.CERTIFICATE).orElseThrow())
                .replaceAll("\\s+", "");
        Matcher matcher = TOKEN.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private static String text(CertificateDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.getContent())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static void keep(String name, CertificateDocument document) throws IOException {
        Files.write(CertificateDeployments.exports().resolve(name), document.getContent());
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String uniqueAddress() {
        return "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
