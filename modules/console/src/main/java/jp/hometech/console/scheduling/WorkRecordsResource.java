package jp.hometech.console.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.hometech.console.security.ClientAddress;
import jp.hometech.console.shell.Messages;
import jp.hometech.platform.api.audit.AuditLog;
import jp.hometech.platform.api.security.Actor;
import jp.hometech.scheduling.api.ApiTokenService;
import jp.hometech.scheduling.api.ApiTokenView;
import jp.hometech.scheduling.api.ImportResult;
import jp.hometech.scheduling.api.ImportRowError;
import jp.hometech.scheduling.api.ImportSource;
import jp.hometech.scheduling.api.WorkRecordImport;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/scheduling/work-records} with {@code Content-Type: text/csv} and
 * {@code Authorization: Bearer <token>}: the same import, with the same rules, as the console upload. Answers
 * 200 with the counts, 422 with every bad row (nothing stored), 401 without a valid token.
 */
@Path("/work-records")
@RequestScoped
public class WorkRecordsResource {

    /** 20 MB: a month of every contractor's sessions is far below it. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @EJB
    ApiTokenService tokens;

    @EJB
    WorkRecordImport workRecords;

    @EJB
    AuditLog auditLog;

    @Inject
    HttpServletRequest request;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                         @HeaderParam("X-File-Name") String fileName, byte[] body) {
        Locale locale = acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE;
        Optional<ApiTokenView> token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.authenticate(authorization.substring(7).strip()) : Optional.empty();
        if (token.isEmpty()) {
            auditLog.record(new Actor("api", ClientAddress.of(request)), "scheduling", "api.refused", "work-records",
                    authorization == null ? "no token" : "wrong or revoked token");
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", Messages.text(locale, "scheduling.api.unauthorized")).build().toString())
                    .build();
        }
        if (body == null || body.length > MAX_BYTES) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", Messages.text(locale, "scheduling.api.tooLarge", MAX_BYTES)).build().toString())
                    .build();
        }
        Actor actor = new Actor("api-token#" + token.get().getId(), ClientAddress.of(request));
        ImportResult result = workRecords.importCsv(body, fileName, ImportSource.API, actor);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportRowError error : result.getErrors()) {
            errors.add(Json.createObjectBuilder().add("line", error.getLine()).add("code", error.getMessageKey())
                    .add("message", Messages.text(locale, error.getMessageKey(), error.getArguments())));
        }
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("stored", result.isStored())
                .add("rowsImported", result.getRowsImported())
                .add("rowsReplaced", result.getRowsReplaced())
                .add("errors", errors);
        return Response.status(result.isStored() ? 200 : 422).type(MediaType.APPLICATION_JSON)
                .entity(answer.build().toString()).build();
    }
}
